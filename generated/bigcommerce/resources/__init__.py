# Generated from spec/ by codegen (`make generate`); do not edit.
"""The old client's resource classes, loaded on first use (`from bigcommerce.resources import
Products`), with its base classes and `Mapping` (see `.._old_client`). The current API's resource
classes are in `bigcommerce.v3.<area>.resources` and `bigcommerce.v2.<area>.resources`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .. import _old_client
from .._old_client import *  # noqa: F403

if TYPE_CHECKING:
    from .banners import Banners
    from .blog_posts import BlogPosts
    from .brands import Brands
    from .categories import Categories
    from .countries import Countries
    from .country_states import CountryStates
    from .coupons import Coupons
    from .currencies import Currencies
    from .customer_addresses import CustomerAddresses
    from .customer_groups import CustomerGroups
    from .customers import Customers
    from .gift_certificates import GiftCertificates
    from .google_product_search_mappings import GoogleProductSearchMappings
    from .option_set_options import OptionSetOptions
    from .option_sets import OptionSets
    from .option_values import OptionValues
    from .options import Options
    from .order_coupons import OrderCoupons
    from .order_messages import OrderMessages
    from .order_products import OrderProducts
    from .order_shipments import OrderShipments
    from .order_shipping_addresses import OrderShippingAddresses
    from .order_statuses import OrderStatuses
    from .order_taxes import OrderTaxes
    from .orders import Orders
    from .pages import Pages
    from .payment_methods import PaymentMethods
    from .product_configurable_fields import ProductConfigurableFields
    from .product_custom_fields import ProductCustomFields
    from .product_discount_rules import ProductDiscountRules
    from .product_images import ProductImages
    from .product_options import ProductOptions
    from .product_reviews import ProductReviews
    from .product_rules import ProductRules
    from .product_skus import ProductSkus
    from .product_videos import ProductVideos
    from .products import Products
    from .redirects import Redirects
    from .shipping_methods import ShippingMethods
    from .store import Store
    from .tax_classes import TaxClasses
    from .time import Time
    from .webhooks import Webhooks

_MODULES: dict[str, str] = {
    "Banners": "banners",
    "BlogPosts": "blog_posts",
    "Brands": "brands",
    "Categories": "categories",
    "Countries": "countries",
    "CountryStates": "country_states",
    "Coupons": "coupons",
    "Currencies": "currencies",
    "CustomerAddresses": "customer_addresses",
    "CustomerGroups": "customer_groups",
    "Customers": "customers",
    "GiftCertificates": "gift_certificates",
    "GoogleProductSearchMappings": "google_product_search_mappings",
    "OptionSetOptions": "option_set_options",
    "OptionSets": "option_sets",
    "OptionValues": "option_values",
    "Options": "options",
    "OrderCoupons": "order_coupons",
    "OrderMessages": "order_messages",
    "OrderProducts": "order_products",
    "OrderShipments": "order_shipments",
    "OrderShippingAddresses": "order_shipping_addresses",
    "OrderStatuses": "order_statuses",
    "OrderTaxes": "order_taxes",
    "Orders": "orders",
    "Pages": "pages",
    "PaymentMethods": "payment_methods",
    "ProductConfigurableFields": "product_configurable_fields",
    "ProductCustomFields": "product_custom_fields",
    "ProductDiscountRules": "product_discount_rules",
    "ProductImages": "product_images",
    "ProductOptions": "product_options",
    "ProductReviews": "product_reviews",
    "ProductRules": "product_rules",
    "ProductSkus": "product_skus",
    "ProductVideos": "product_videos",
    "Products": "products",
    "Redirects": "redirects",
    "ShippingMethods": "shipping_methods",
    "Store": "store",
    "TaxClasses": "tax_classes",
    "Time": "time",
    "Webhooks": "webhooks",
}

__all__ = [
    "Banners",
    "BlogPosts",
    "Brands",
    "Categories",
    "Countries",
    "CountryStates",
    "Coupons",
    "Currencies",
    "CustomerAddresses",
    "CustomerGroups",
    "Customers",
    "GiftCertificates",
    "GoogleProductSearchMappings",
    "OptionSetOptions",
    "OptionSets",
    "OptionValues",
    "Options",
    "OrderCoupons",
    "OrderMessages",
    "OrderProducts",
    "OrderShipments",
    "OrderShippingAddresses",
    "OrderStatuses",
    "OrderTaxes",
    "Orders",
    "Pages",
    "PaymentMethods",
    "ProductConfigurableFields",
    "ProductCustomFields",
    "ProductDiscountRules",
    "ProductImages",
    "ProductOptions",
    "ProductReviews",
    "ProductRules",
    "ProductSkus",
    "ProductVideos",
    "Products",
    "Redirects",
    "ShippingMethods",
    "Store",
    "TaxClasses",
    "Time",
    "Webhooks",
]
__all__ += _old_client.__all__


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
