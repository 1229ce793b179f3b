# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_prices_response_data_item_calculated_price import GetPricesResponseDataItemCalculatedPrice
from .get_prices_response_data_item_minimum_advertised_price import (
    GetPricesResponseDataItemMinimumAdvertisedPrice,
)
from .get_prices_response_data_item_price import GetPricesResponseDataItemPrice
from .get_prices_response_data_item_price_range import GetPricesResponseDataItemPriceRange
from .get_prices_response_data_item_retail_price import GetPricesResponseDataItemRetailPrice
from .get_prices_response_data_item_retail_price_range import (
    GetPricesResponseDataItemRetailPriceRange,
)
from .get_prices_response_data_item_sale_price import GetPricesResponseDataItemSalePrice
from .get_prices_response_data_item_saved import GetPricesResponseDataItemSaved
from .pricing_sf_bulk_pricing_tier import PricingSfBulkPricingTier
from .reference_request import ReferenceRequest
from .reference_request_options_item import ReferenceRequestOptionsItem


class GetPricesResponseDataItem(ApiModel):
    """`GetPricesResponseDataItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    product_id: int | None = None
    variant_id: int | None = None
    options: list[ReferenceRequestOptionsItem] | None = None
    reference_request: ReferenceRequest | None = None
    retail_price: GetPricesResponseDataItemRetailPrice | None = None
    sale_price: GetPricesResponseDataItemSalePrice | None = None
    minimum_advertised_price: GetPricesResponseDataItemMinimumAdvertisedPrice | None = None
    saved: GetPricesResponseDataItemSaved | None = None
    price: GetPricesResponseDataItemPrice | None = None
    calculated_price: GetPricesResponseDataItemCalculatedPrice | None = None
    price_range: GetPricesResponseDataItemPriceRange | None = None
    retail_price_range: GetPricesResponseDataItemRetailPriceRange | None = None
    bulk_pricing: list[PricingSfBulkPricingTier] | None = None
