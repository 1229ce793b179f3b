# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `PricingSfBulkPricingTier` model."""

from __future__ import annotations

from .._model import ApiModel
from .bulk_pricing_tier_tax_discount_amount_item import BulkPricingTierTaxDiscountAmountItem


class PricingSfBulkPricingTier(ApiModel):
    """`PricingSfBulkPricingTier`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    minimum: int | None = None
    maximum: int | None = None
    discount_amount: int | float | None = None
    discount_type: str | None = None
    """One of: `'price'`, `'percent'`, `'fixed'`."""
    tax_discount_amount: list[BulkPricingTierTaxDiscountAmountItem] | None = None
