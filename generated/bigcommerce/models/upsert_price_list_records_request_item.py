# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `UpsertPriceListRecordsRequestItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .upsert_price_list_records_request_item_bulk_pricin_175f0e41 import (
    UpsertPriceListRecordsRequestItemBulkPricingTiersItem,
    UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate,
)


class UpsertPriceListRecordsRequestItem(ApiModel):
    """`UpsertPriceListRecordsRequestItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    variant_id: int | None = None
    sku: str | None = None
    currency: str | None = None
    price: int | float | None = None
    """Required to update."""
    sale_price: int | float | None = None
    retail_price: int | float | None = None
    map_price: int | float | None = None
    bulk_pricing_tiers: list[UpsertPriceListRecordsRequestItemBulkPricingTiersItem] | None = None


@with_config(REQUEST_CONFIG)
class UpsertPriceListRecordsRequestItemUpdate(TypedDict, total=False):
    """The fields to update a `UpsertPriceListRecordsRequestItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    variant_id: int
    sku: str
    currency: str
    price: Required[int | float]
    sale_price: int | float
    retail_price: int | float
    map_price: int | float
    bulk_pricing_tiers: list[UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate]
