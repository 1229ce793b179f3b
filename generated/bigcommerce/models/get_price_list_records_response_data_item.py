# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `GetPriceListRecordsResponseDataItem` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_price_list_records_response_data_item_bulk_pri_64bc8550 import (
    GetPriceListRecordsResponseDataItemBulkPricingTiersItem,
    GetPriceListRecordsResponseDataItemBulkPricingTiersItemCreate,
    GetPriceListRecordsResponseDataItemBulkPricingTiersItemUpdate,
)


class GetPriceListRecordsResponseDataItem(ApiModel):
    """`GetPriceListRecordsResponseDataItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    calculated_price: float | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    product_id: int | None = None
    price_list_id: int | None = None
    variant_id: int | None = None
    sku: str | None = None
    currency: str | None = None
    price: float | None = None
    sale_price: float | None = None
    retail_price: float | None = None
    map_price: float | None = None
    bulk_pricing_tiers: list[GetPriceListRecordsResponseDataItemBulkPricingTiersItem] | None = None


@with_config(REQUEST_CONFIG)
class GetPriceListRecordsResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `GetPriceListRecordsResponseDataItem` with; unknown keys are
    refused.
    """

    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    price_list_id: int
    variant_id: int
    sku: str
    currency: str
    price: float
    sale_price: float
    retail_price: float
    map_price: float
    bulk_pricing_tiers: list[GetPriceListRecordsResponseDataItemBulkPricingTiersItemCreate]


@with_config(REQUEST_CONFIG)
class GetPriceListRecordsResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `GetPriceListRecordsResponseDataItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    price_list_id: int
    variant_id: int
    sku: str
    currency: str
    price: Required[float]
    sale_price: float
    retail_price: float
    map_price: float
    bulk_pricing_tiers: list[GetPriceListRecordsResponseDataItemBulkPricingTiersItemUpdate]
