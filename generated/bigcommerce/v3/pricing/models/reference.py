# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `Reference` model."""

from __future__ import annotations

from ...._model import ApiModel
from .item_pricing_option import ItemPricingOption


class Reference(ApiModel):
    """`Reference`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    product_id: int | None = None
    variant_id: int | None = None
    options: list[ItemPricingOption] | None = None
