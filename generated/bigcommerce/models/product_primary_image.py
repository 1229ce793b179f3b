# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductPrimaryImage` model."""

from __future__ import annotations

from .._model import ApiModel


class ProductPrimaryImage(ApiModel):
    """`ProductPrimaryImage`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    zoom_url: str | None = None
    thumbnail_url: str | None = None
    standard_url: str | None = None
    tiny_url: str | None = None
