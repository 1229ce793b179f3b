# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `ItemIdentity` model."""

from __future__ import annotations

from ...._model import ApiModel


class ItemIdentity(ApiModel):
    """`ItemIdentity`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    sku: str | None = None
    variant_id: int | None = None
    product_id: int | None = None
    sku_id: int | None = None
