# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceRecordBatchItemModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .bulk_pricing_tier import BulkPricingTier, BulkPricingTierCreate, BulkPricingTierUpdate


class PriceRecordBatchItemModel(ApiModel):
    """`PriceRecordBatchItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    price_list_id: int | None = None
    variant_id: int | None = None
    sku: str | None = None
    currency: str | None = None
    price: int | float | None = None
    sale_price: int | float | None = None
    retail_price: int | float | None = None
    map_price: int | float | None = None
    bulk_pricing_tiers: list[BulkPricingTier] | None = None


@with_config(REQUEST_CONFIG)
class PriceRecordBatchItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    price_list_id: int
    variant_id: int
    sku: str
    currency: str
    price: int | float
    sale_price: int | float
    retail_price: int | float
    map_price: int | float
    bulk_pricing_tiers: list[BulkPricingTierCreate]


@with_config(REQUEST_CONFIG)
class PriceRecordBatchItemUpdate(TypedDict, total=False):
    """The fields to update a `PriceRecordBatchItemModel` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    price_list_id: int
    variant_id: int
    sku: str
    currency: str
    price: int | float
    sale_price: int | float
    retail_price: int | float
    map_price: int | float
    bulk_pricing_tiers: list[BulkPricingTierUpdate]
