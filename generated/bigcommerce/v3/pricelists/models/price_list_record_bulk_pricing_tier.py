# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceListRecordBulkPricingTier` model."""

from __future__ import annotations

from ...._model import ApiModel


class PriceListRecordBulkPricingTier(ApiModel):
    """`PriceListRecordBulkPricingTier`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    quantity_min: int | None = None
    quantity_max: int | None = None
    """May be null."""
    type: str | None = None
    """One of: `'fixed'`, `'price'`, `'percent'`."""
    amount: int | float | None = None
