# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemRetailPriceRange` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_prices_response_data_item_retail_price_range_maximum import (
    GetPricesResponseDataItemRetailPriceRangeMaximum,
    GetPricesResponseDataItemRetailPriceRangeMaximumCreate,
    GetPricesResponseDataItemRetailPriceRangeMaximumUpdate,
)
from .get_prices_response_data_item_retail_price_range_minimum import (
    GetPricesResponseDataItemRetailPriceRangeMinimum,
    GetPricesResponseDataItemRetailPriceRangeMinimumCreate,
    GetPricesResponseDataItemRetailPriceRangeMinimumUpdate,
)


class GetPricesResponseDataItemRetailPriceRange(ApiModel):
    """`GetPricesResponseDataItemRetailPriceRange`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    minimum: GetPricesResponseDataItemRetailPriceRangeMinimum | None = None
    maximum: GetPricesResponseDataItemRetailPriceRangeMaximum | None = None


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemRetailPriceRangeCreate(TypedDict, total=False):
    """The fields to create a `GetPricesResponseDataItemRetailPriceRange` with; unknown keys are
    refused.
    """

    minimum: GetPricesResponseDataItemRetailPriceRangeMinimumCreate
    maximum: GetPricesResponseDataItemRetailPriceRangeMaximumCreate


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemRetailPriceRangeUpdate(TypedDict, total=False):
    """The fields to update a `GetPricesResponseDataItemRetailPriceRange` with; unknown keys are
    refused.
    """

    minimum: GetPricesResponseDataItemRetailPriceRangeMinimumUpdate
    maximum: GetPricesResponseDataItemRetailPriceRangeMaximumUpdate
