# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemPriceRange` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_prices_response_data_item_price_range_maximum import (
    GetPricesResponseDataItemPriceRangeMaximum,
    GetPricesResponseDataItemPriceRangeMaximumCreate,
    GetPricesResponseDataItemPriceRangeMaximumUpdate,
)
from .get_prices_response_data_item_price_range_minimum import (
    GetPricesResponseDataItemPriceRangeMinimum,
    GetPricesResponseDataItemPriceRangeMinimumCreate,
    GetPricesResponseDataItemPriceRangeMinimumUpdate,
)


class GetPricesResponseDataItemPriceRange(ApiModel):
    """`GetPricesResponseDataItemPriceRange`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    minimum: GetPricesResponseDataItemPriceRangeMinimum | None = None
    maximum: GetPricesResponseDataItemPriceRangeMaximum | None = None


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemPriceRangeCreate(TypedDict, total=False):
    """The fields to create a `GetPricesResponseDataItemPriceRange` with; unknown keys are
    refused.
    """

    minimum: GetPricesResponseDataItemPriceRangeMinimumCreate
    maximum: GetPricesResponseDataItemPriceRangeMaximumCreate


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemPriceRangeUpdate(TypedDict, total=False):
    """The fields to update a `GetPricesResponseDataItemPriceRange` with; unknown keys are
    refused.
    """

    minimum: GetPricesResponseDataItemPriceRangeMinimumUpdate
    maximum: GetPricesResponseDataItemPriceRangeMaximumUpdate
