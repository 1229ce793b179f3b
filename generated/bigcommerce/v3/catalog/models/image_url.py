# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ImageUrl` model."""

from __future__ import annotations

from ...._model import ApiModel


class ImageUrl(ApiModel):
    """`ImageUrl`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by 4 calls of 4 resources, such as `api.catalog.brands.image.create`.
    """

    image_url: str | None = None
