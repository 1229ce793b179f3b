# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `BulkPricingTierBulkPricing` model."""

from __future__ import annotations

from ...._model import ApiModel
from .tax_price import TaxPrice


class BulkPricingTierBulkPricing(ApiModel):
    """`BulkPricingTierBulkPricing`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    minimum: int | None = None
    maximum: int | None = None
    discount_amount: int | float | None = None
    discount_type: str | None = None
    """One of: `'price'`, `'percent'`, `'fixed'`."""
    tax_discount_amount: list[TaxPrice] | None = None
