# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `SetPriceListRecordResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .set_price_list_record_response_data_bulk_pricing_tiers_item import (
    SetPriceListRecordResponseDataBulkPricingTiersItem,
    SetPriceListRecordResponseDataBulkPricingTiersItemCreate,
    SetPriceListRecordResponseDataBulkPricingTiersItemUpdate,
)


class SetPriceListRecordResponseData(ApiModel):
    """`SetPriceListRecordResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    calculated_price: float | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    product_id: int | None = None
    price_list_id: int | None = None
    variant_id: int | None = None
    currency: str | None = None
    price: float | None = None
    sale_price: float | None = None
    retail_price: float | None = None
    map_price: float | None = None
    bulk_pricing_tiers: list[SetPriceListRecordResponseDataBulkPricingTiersItem] | None = None


@with_config(REQUEST_CONFIG)
class SetPriceListRecordResponseDataCreate(TypedDict, total=False):
    """The fields to create a `SetPriceListRecordResponseData` with; unknown keys are refused."""

    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    price_list_id: int
    variant_id: int
    currency: str
    price: float
    sale_price: float
    retail_price: float
    map_price: float
    bulk_pricing_tiers: list[SetPriceListRecordResponseDataBulkPricingTiersItemCreate]


@with_config(REQUEST_CONFIG)
class SetPriceListRecordResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `SetPriceListRecordResponseData` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    price_list_id: int
    variant_id: int
    currency: str
    price: Required[float]
    sale_price: float
    retail_price: float
    map_price: float
    bulk_pricing_tiers: list[SetPriceListRecordResponseDataBulkPricingTiersItemUpdate]
