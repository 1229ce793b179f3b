# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_prices_response_data_item_calculated_price import (
    GetPricesResponseDataItemCalculatedPrice,
    GetPricesResponseDataItemCalculatedPriceCreate,
    GetPricesResponseDataItemCalculatedPriceUpdate,
)
from .get_prices_response_data_item_minimum_advertised_price import (
    GetPricesResponseDataItemMinimumAdvertisedPrice,
    GetPricesResponseDataItemMinimumAdvertisedPriceCreate,
    GetPricesResponseDataItemMinimumAdvertisedPriceUpdate,
)
from .get_prices_response_data_item_price import (
    GetPricesResponseDataItemPrice,
    GetPricesResponseDataItemPriceCreate,
    GetPricesResponseDataItemPriceUpdate,
)
from .get_prices_response_data_item_price_range import (
    GetPricesResponseDataItemPriceRange,
    GetPricesResponseDataItemPriceRangeCreate,
    GetPricesResponseDataItemPriceRangeUpdate,
)
from .get_prices_response_data_item_retail_price import (
    GetPricesResponseDataItemRetailPrice,
    GetPricesResponseDataItemRetailPriceCreate,
    GetPricesResponseDataItemRetailPriceUpdate,
)
from .get_prices_response_data_item_retail_price_range import (
    GetPricesResponseDataItemRetailPriceRange,
    GetPricesResponseDataItemRetailPriceRangeCreate,
    GetPricesResponseDataItemRetailPriceRangeUpdate,
)
from .get_prices_response_data_item_sale_price import (
    GetPricesResponseDataItemSalePrice,
    GetPricesResponseDataItemSalePriceCreate,
    GetPricesResponseDataItemSalePriceUpdate,
)
from .get_prices_response_data_item_saved import (
    GetPricesResponseDataItemSaved,
    GetPricesResponseDataItemSavedCreate,
    GetPricesResponseDataItemSavedUpdate,
)
from .pricing_sf_bulk_pricing_tier import (
    PricingSfBulkPricingTier,
    PricingSfBulkPricingTierCreate,
    PricingSfBulkPricingTierUpdate,
)
from .reference_request import ReferenceRequest, ReferenceRequestCreate, ReferenceRequestUpdate
from .reference_request_options_item import (
    ReferenceRequestOptionsItem,
    ReferenceRequestOptionsItemCreate,
    ReferenceRequestOptionsItemUpdate,
)


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


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemCreate(TypedDict, total=False):
    """The fields to create a `GetPricesResponseDataItem` with; unknown keys are refused."""

    product_id: int
    variant_id: int
    options: list[ReferenceRequestOptionsItemCreate]
    reference_request: ReferenceRequestCreate
    retail_price: GetPricesResponseDataItemRetailPriceCreate
    sale_price: GetPricesResponseDataItemSalePriceCreate
    minimum_advertised_price: GetPricesResponseDataItemMinimumAdvertisedPriceCreate
    saved: GetPricesResponseDataItemSavedCreate
    price: GetPricesResponseDataItemPriceCreate
    calculated_price: GetPricesResponseDataItemCalculatedPriceCreate
    price_range: GetPricesResponseDataItemPriceRangeCreate
    retail_price_range: GetPricesResponseDataItemRetailPriceRangeCreate
    bulk_pricing: list[PricingSfBulkPricingTierCreate]


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemUpdate(TypedDict, total=False):
    """The fields to update a `GetPricesResponseDataItem` with; unknown keys are refused."""

    product_id: int
    variant_id: int
    options: list[ReferenceRequestOptionsItemUpdate]
    reference_request: ReferenceRequestUpdate
    retail_price: GetPricesResponseDataItemRetailPriceUpdate
    sale_price: GetPricesResponseDataItemSalePriceUpdate
    minimum_advertised_price: GetPricesResponseDataItemMinimumAdvertisedPriceUpdate
    saved: GetPricesResponseDataItemSavedUpdate
    price: GetPricesResponseDataItemPriceUpdate
    calculated_price: GetPricesResponseDataItemCalculatedPriceUpdate
    price_range: GetPricesResponseDataItemPriceRangeUpdate
    retail_price_range: GetPricesResponseDataItemRetailPriceRangeUpdate
    bulk_pricing: list[PricingSfBulkPricingTierUpdate]
