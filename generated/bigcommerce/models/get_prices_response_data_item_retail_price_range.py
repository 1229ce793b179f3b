# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemRetailPriceRange` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_prices_response_data_item_retail_price_range_maximum import (
    GetPricesResponseDataItemRetailPriceRangeMaximum,
)
from .get_prices_response_data_item_retail_price_range_minimum import (
    GetPricesResponseDataItemRetailPriceRangeMinimum,
)


class GetPricesResponseDataItemRetailPriceRange(ApiModel):
    """`GetPricesResponseDataItemRetailPriceRange`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    minimum: GetPricesResponseDataItemRetailPriceRangeMinimum | None = None
    maximum: GetPricesResponseDataItemRetailPriceRangeMaximum | None = None
