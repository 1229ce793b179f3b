# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceListRecord` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .price_list_record_bulk_pricing_tier import PriceListRecordBulkPricingTier


class PriceListRecord(ApiModel):
    """`PriceListRecord`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.pricelists.records`: `all`, `get`, `get_price_list_record`,
    `update`.
    """

    calculated_price: int | float | None = None
    """Read-only: set by the API, never sent."""
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    price_list_id: int | None = None
    variant_id: int | None = None
    sku: str | None = None
    currency: str | None = None
    price: int | float | None = None
    """Required to update."""
    sale_price: int | float | None = None
    retail_price: int | float | None = None
    map_price: int | float | None = None
    bulk_pricing_tiers: list[PriceListRecordBulkPricingTier] | None = None
