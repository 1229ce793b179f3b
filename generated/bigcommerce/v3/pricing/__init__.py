# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `pricing` models, loaded on first use: `from bigcommerce.v3.pricing import
BulkPricingTierBulkPricing`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.bulk_pricing_tier_bulk_pricing import BulkPricingTierBulkPricing
    from .models.get_prices_data import GetPricesData
    from .models.item_pricing_option import ItemPricingOption
    from .models.price_range import PriceRange
    from .models.pricing_products import PricingProducts
    from .models.pricing_products_item import PricingProductsItem
    from .models.pricing_products_item_option import PricingProductsItemOption
    from .models.reference import Reference
    from .models.tax_price import TaxPrice

#: public name -> (model module, its name there)
_EXPORTS = {
    "BulkPricingTierBulkPricing": (
        ".models.bulk_pricing_tier_bulk_pricing",
        "BulkPricingTierBulkPricing",
    ),
    "GetPricesData": (".models.get_prices_data", "GetPricesData"),
    "ItemPricingOption": (".models.item_pricing_option", "ItemPricingOption"),
    "PriceRange": (".models.price_range", "PriceRange"),
    "PricingProducts": (".models.pricing_products", "PricingProducts"),
    "PricingProductsItem": (".models.pricing_products_item", "PricingProductsItem"),
    "PricingProductsItemOption": (
        ".models.pricing_products_item_option",
        "PricingProductsItemOption",
    ),
    "Reference": (".models.reference", "Reference"),
    "TaxPrice": (".models.tax_price", "TaxPrice"),
}

__all__ = [
    "BulkPricingTierBulkPricing",
    "GetPricesData",
    "ItemPricingOption",
    "PriceRange",
    "PricingProducts",
    "PricingProductsItem",
    "PricingProductsItemOption",
    "Reference",
    "TaxPrice",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
