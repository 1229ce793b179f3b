# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemPriceRange` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_prices_response_data_item_price_range_maximum import (
    GetPricesResponseDataItemPriceRangeMaximum,
)
from .get_prices_response_data_item_price_range_minimum import (
    GetPricesResponseDataItemPriceRangeMinimum,
)


class GetPricesResponseDataItemPriceRange(ApiModel):
    """`GetPricesResponseDataItemPriceRange`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    minimum: GetPricesResponseDataItemPriceRangeMinimum | None = None
    maximum: GetPricesResponseDataItemPriceRangeMaximum | None = None
