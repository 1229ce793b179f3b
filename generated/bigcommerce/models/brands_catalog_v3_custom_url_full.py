# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `BrandsCatalogV3CustomUrlFull` model."""

from __future__ import annotations

from .._model import ApiModel


class BrandsCatalogV3CustomUrlFull(ApiModel):
    """`BrandsCatalogV3CustomUrlFull`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    url: str | None = None
    """Required to create and update."""
    is_customized: bool | None = None
    """Required to create and update."""
