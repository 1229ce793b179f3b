# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ResourceLink` model."""

from __future__ import annotations

from .._model import ApiModel


class ResourceLink(ApiModel):
    """`ResourceLink`: an object of the v2 API. Every field is optional; unknown fields are kept."""

    url: str | None = None
    resource: str | None = None
