# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductModifierData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .product_modifier import ProductModifier


class ProductModifierData(ApiModel):
    """`ProductModifierData`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.catalog.products.modifiers`: `create`.
    """

    items: ProductModifier | None = None
