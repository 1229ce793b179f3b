# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductModifierResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .product_modifiers_catalog_v3_product_modifier_full import (
    ProductModifiersCatalogV3ProductModifierFull,
)


class CreateProductModifierResponseData(ApiModel):
    """`CreateProductModifierResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    items: ProductModifiersCatalogV3ProductModifierFull | None = None
