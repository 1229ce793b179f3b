# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `CreatePriceListRecordsRequestItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_price_list_records_request_item_bulk_pricin_7e32d037 import (
    CreatePriceListRecordsRequestItemBulkPricingTiersItem,
    CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate,
)


class CreatePriceListRecordsRequestItem(ApiModel):
    """`CreatePriceListRecordsRequestItem`: an object of the v3 API. Every field is optional;
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
    bulk_pricing_tiers: list[CreatePriceListRecordsRequestItemBulkPricingTiersItem] | None = None


@with_config(REQUEST_CONFIG)
class CreatePriceListRecordsRequestItemCreate(TypedDict, total=False):
    """The fields to create a `CreatePriceListRecordsRequestItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    variant_id: int
    sku: str
    currency: str
    price: int | float
    sale_price: int | float
    retail_price: int | float
    map_price: int | float
    bulk_pricing_tiers: list[CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate]
