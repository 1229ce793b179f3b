# Generated from spec/ by codegen (`make generate`); do not edit.
"""The old client's models, loaded on first use: `from bigcommerce.models import Product`; the
imported API's are public by area (`from bigcommerce.v3.catalog import Product`)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .banner import Banner, BannerCreate, BannerUpdate
    from .blog_post import BlogPost, BlogPostCreate, BlogPostUpdate
    from .brand import Brand, BrandCreate, BrandUpdate
    from .category import Category, CategoryCreate, CategoryUpdate
    from .country import Country
    from .country_state import CountryState
    from .coupon import Coupon, CouponCreate, CouponUpdate
    from .coupon_applies_to import CouponAppliesTo, CouponAppliesToCreate, CouponAppliesToUpdate
    from .coupon_restricted_to import (
        CouponRestrictedTo,
        CouponRestrictedToCreate,
        CouponRestrictedToUpdate,
    )
    from .currency import Currency, CurrencyCreate, CurrencyUpdate
    from .customer import Customer, CustomerCreate, CustomerUpdate
    from .customer_address import CustomerAddress, CustomerAddressCreate, CustomerAddressUpdate
    from .customer_authentication import (
        CustomerAuthentication,
        CustomerAuthenticationCreate,
        CustomerAuthenticationUpdate,
    )
    from .customer_group import CustomerGroup, CustomerGroupCreate, CustomerGroupUpdate
    from .customer_group_category_access import (
        CustomerGroupCategoryAccess,
        CustomerGroupCategoryAccessCreate,
        CustomerGroupCategoryAccessUpdate,
    )
    from .customer_group_discount_rule import (
        CustomerGroupDiscountRule,
        CustomerGroupDiscountRuleCreate,
        CustomerGroupDiscountRuleUpdate,
    )
    from .form_field import FormField, FormFieldCreate, FormFieldUpdate
    from .gift_certificate import GiftCertificate, GiftCertificateCreate, GiftCertificateUpdate
    from .google_product_search_mapping import GoogleProductSearchMapping
    from .option import Option, OptionCreate, OptionUpdate
    from .option_set import OptionSet, OptionSetCreate, OptionSetUpdate
    from .option_set_option import OptionSetOption, OptionSetOptionCreate, OptionSetOptionUpdate
    from .option_set_option_value import OptionSetOptionValue
    from .option_value import OptionValue, OptionValueCreate, OptionValueUpdate
    from .order import Order, OrderCreate, OrderUpdate
    from .order_address import OrderAddress, OrderAddressCreate, OrderAddressUpdate
    from .order_billing_address import (
        OrderBillingAddress,
        OrderBillingAddressCreate,
        OrderBillingAddressUpdate,
    )
    from .order_coupon import OrderCoupon
    from .order_fee import OrderFee, OrderFeeCreate, OrderFeeUpdate
    from .order_message import OrderMessage
    from .order_product import OrderProduct
    from .order_product_applied_discount import OrderProductAppliedDiscount
    from .order_product_configurable_field import OrderProductConfigurableField
    from .order_product_line import OrderProductLine, OrderProductLineCreate, OrderProductLineUpdate
    from .order_product_line_option import (
        OrderProductLineOption,
        OrderProductLineOptionCreate,
        OrderProductLineOptionUpdate,
    )
    from .order_product_option import OrderProductOption
    from .order_shipment import OrderShipment, OrderShipmentCreate, OrderShipmentUpdate
    from .order_shipment_item import (
        OrderShipmentItem,
        OrderShipmentItemCreate,
        OrderShipmentItemUpdate,
    )
    from .order_shipping_address import OrderShippingAddress
    from .order_status import OrderStatus
    from .order_tax import OrderTax
    from .page import Page, PageCreate, PageUpdate
    from .payment_method import PaymentMethod
    from .product import Product, ProductCreate, ProductUpdate
    from .product_configurable_field import ProductConfigurableField
    from .product_custom_field import (
        ProductCustomField,
        ProductCustomFieldCreate,
        ProductCustomFieldUpdate,
    )
    from .product_discount_rule import (
        ProductDiscountRule,
        ProductDiscountRuleCreate,
        ProductDiscountRuleUpdate,
    )
    from .product_image import ProductImage, ProductImageCreate, ProductImageUpdate
    from .product_option import ProductOption
    from .product_primary_image import ProductPrimaryImage
    from .product_review import ProductReview, ProductReviewCreate, ProductReviewUpdate
    from .product_rule import ProductRule, ProductRuleCreate, ProductRuleUpdate
    from .product_rule_condition import (
        ProductRuleCondition,
        ProductRuleConditionCreate,
        ProductRuleConditionUpdate,
    )
    from .product_rule_price_adjuster import (
        ProductRulePriceAdjuster,
        ProductRulePriceAdjusterCreate,
        ProductRulePriceAdjusterUpdate,
    )
    from .product_rule_weight_adjuster import (
        ProductRuleWeightAdjuster,
        ProductRuleWeightAdjusterCreate,
        ProductRuleWeightAdjusterUpdate,
    )
    from .product_sku import ProductSku, ProductSkuCreate, ProductSkuUpdate
    from .product_sku_option import ProductSkuOption, ProductSkuOptionCreate, ProductSkuOptionUpdate
    from .product_video import ProductVideo, ProductVideoCreate
    from .redirect import Redirect, RedirectCreate, RedirectUpdate
    from .redirect_forward import RedirectForward, RedirectForwardCreate, RedirectForwardUpdate
    from .resource_link import ResourceLink
    from .shipping_method import ShippingMethod
    from .store_date_format import StoreDateFormat
    from .store_features import StoreFeatures
    from .store_information import StoreInformation
    from .store_storefront_limits import StoreStorefrontLimits
    from .store_time import StoreTime
    from .store_timezone import StoreTimezone
    from .tax_class import TaxClass
    from .webhook import Webhook, WebhookCreate, WebhookUpdate

#: module -> the models (and request TypedDicts) it defines
_MODULES = {
    "banner": (
        "Banner",
        "BannerCreate",
        "BannerUpdate",
    ),
    "blog_post": (
        "BlogPost",
        "BlogPostCreate",
        "BlogPostUpdate",
    ),
    "brand": (
        "Brand",
        "BrandCreate",
        "BrandUpdate",
    ),
    "category": (
        "Category",
        "CategoryCreate",
        "CategoryUpdate",
    ),
    "country": ("Country",),
    "country_state": ("CountryState",),
    "coupon": (
        "Coupon",
        "CouponCreate",
        "CouponUpdate",
    ),
    "coupon_applies_to": (
        "CouponAppliesTo",
        "CouponAppliesToCreate",
        "CouponAppliesToUpdate",
    ),
    "coupon_restricted_to": (
        "CouponRestrictedTo",
        "CouponRestrictedToCreate",
        "CouponRestrictedToUpdate",
    ),
    "currency": (
        "Currency",
        "CurrencyCreate",
        "CurrencyUpdate",
    ),
    "customer": (
        "Customer",
        "CustomerCreate",
        "CustomerUpdate",
    ),
    "customer_address": (
        "CustomerAddress",
        "CustomerAddressCreate",
        "CustomerAddressUpdate",
    ),
    "customer_authentication": (
        "CustomerAuthentication",
        "CustomerAuthenticationCreate",
        "CustomerAuthenticationUpdate",
    ),
    "customer_group": (
        "CustomerGroup",
        "CustomerGroupCreate",
        "CustomerGroupUpdate",
    ),
    "customer_group_category_access": (
        "CustomerGroupCategoryAccess",
        "CustomerGroupCategoryAccessCreate",
        "CustomerGroupCategoryAccessUpdate",
    ),
    "customer_group_discount_rule": (
        "CustomerGroupDiscountRule",
        "CustomerGroupDiscountRuleCreate",
        "CustomerGroupDiscountRuleUpdate",
    ),
    "form_field": (
        "FormField",
        "FormFieldCreate",
        "FormFieldUpdate",
    ),
    "gift_certificate": (
        "GiftCertificate",
        "GiftCertificateCreate",
        "GiftCertificateUpdate",
    ),
    "google_product_search_mapping": ("GoogleProductSearchMapping",),
    "option": (
        "Option",
        "OptionCreate",
        "OptionUpdate",
    ),
    "option_set": (
        "OptionSet",
        "OptionSetCreate",
        "OptionSetUpdate",
    ),
    "option_set_option": (
        "OptionSetOption",
        "OptionSetOptionCreate",
        "OptionSetOptionUpdate",
    ),
    "option_set_option_value": ("OptionSetOptionValue",),
    "option_value": (
        "OptionValue",
        "OptionValueCreate",
        "OptionValueUpdate",
    ),
    "order": (
        "Order",
        "OrderCreate",
        "OrderUpdate",
    ),
    "order_address": (
        "OrderAddress",
        "OrderAddressCreate",
        "OrderAddressUpdate",
    ),
    "order_billing_address": (
        "OrderBillingAddress",
        "OrderBillingAddressCreate",
        "OrderBillingAddressUpdate",
    ),
    "order_coupon": ("OrderCoupon",),
    "order_fee": (
        "OrderFee",
        "OrderFeeCreate",
        "OrderFeeUpdate",
    ),
    "order_message": ("OrderMessage",),
    "order_product": ("OrderProduct",),
    "order_product_applied_discount": ("OrderProductAppliedDiscount",),
    "order_product_configurable_field": ("OrderProductConfigurableField",),
    "order_product_line": (
        "OrderProductLine",
        "OrderProductLineCreate",
        "OrderProductLineUpdate",
    ),
    "order_product_line_option": (
        "OrderProductLineOption",
        "OrderProductLineOptionCreate",
        "OrderProductLineOptionUpdate",
    ),
    "order_product_option": ("OrderProductOption",),
    "order_shipment": (
        "OrderShipment",
        "OrderShipmentCreate",
        "OrderShipmentUpdate",
    ),
    "order_shipment_item": (
        "OrderShipmentItem",
        "OrderShipmentItemCreate",
        "OrderShipmentItemUpdate",
    ),
    "order_shipping_address": ("OrderShippingAddress",),
    "order_status": ("OrderStatus",),
    "order_tax": ("OrderTax",),
    "page": (
        "Page",
        "PageCreate",
        "PageUpdate",
    ),
    "payment_method": ("PaymentMethod",),
    "product": (
        "Product",
        "ProductCreate",
        "ProductUpdate",
    ),
    "product_configurable_field": ("ProductConfigurableField",),
    "product_custom_field": (
        "ProductCustomField",
        "ProductCustomFieldCreate",
        "ProductCustomFieldUpdate",
    ),
    "product_discount_rule": (
        "ProductDiscountRule",
        "ProductDiscountRuleCreate",
        "ProductDiscountRuleUpdate",
    ),
    "product_image": (
        "ProductImage",
        "ProductImageCreate",
        "ProductImageUpdate",
    ),
    "product_option": ("ProductOption",),
    "product_primary_image": ("ProductPrimaryImage",),
    "product_review": (
        "ProductReview",
        "ProductReviewCreate",
        "ProductReviewUpdate",
    ),
    "product_rule": (
        "ProductRule",
        "ProductRuleCreate",
        "ProductRuleUpdate",
    ),
    "product_rule_condition": (
        "ProductRuleCondition",
        "ProductRuleConditionCreate",
        "ProductRuleConditionUpdate",
    ),
    "product_rule_price_adjuster": (
        "ProductRulePriceAdjuster",
        "ProductRulePriceAdjusterCreate",
        "ProductRulePriceAdjusterUpdate",
    ),
    "product_rule_weight_adjuster": (
        "ProductRuleWeightAdjuster",
        "ProductRuleWeightAdjusterCreate",
        "ProductRuleWeightAdjusterUpdate",
    ),
    "product_sku": (
        "ProductSku",
        "ProductSkuCreate",
        "ProductSkuUpdate",
    ),
    "product_sku_option": (
        "ProductSkuOption",
        "ProductSkuOptionCreate",
        "ProductSkuOptionUpdate",
    ),
    "product_video": (
        "ProductVideo",
        "ProductVideoCreate",
    ),
    "redirect": (
        "Redirect",
        "RedirectCreate",
        "RedirectUpdate",
    ),
    "redirect_forward": (
        "RedirectForward",
        "RedirectForwardCreate",
        "RedirectForwardUpdate",
    ),
    "resource_link": ("ResourceLink",),
    "shipping_method": ("ShippingMethod",),
    "store_date_format": ("StoreDateFormat",),
    "store_features": ("StoreFeatures",),
    "store_information": ("StoreInformation",),
    "store_storefront_limits": ("StoreStorefrontLimits",),
    "store_time": ("StoreTime",),
    "store_timezone": ("StoreTimezone",),
    "tax_class": ("TaxClass",),
    "webhook": (
        "Webhook",
        "WebhookCreate",
        "WebhookUpdate",
    ),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "Banner",
    "BannerCreate",
    "BannerUpdate",
    "BlogPost",
    "BlogPostCreate",
    "BlogPostUpdate",
    "Brand",
    "BrandCreate",
    "BrandUpdate",
    "Category",
    "CategoryCreate",
    "CategoryUpdate",
    "Country",
    "CountryState",
    "Coupon",
    "CouponAppliesTo",
    "CouponAppliesToCreate",
    "CouponAppliesToUpdate",
    "CouponCreate",
    "CouponRestrictedTo",
    "CouponRestrictedToCreate",
    "CouponRestrictedToUpdate",
    "CouponUpdate",
    "Currency",
    "CurrencyCreate",
    "CurrencyUpdate",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreate",
    "CustomerAddressUpdate",
    "CustomerAuthentication",
    "CustomerAuthenticationCreate",
    "CustomerAuthenticationUpdate",
    "CustomerCreate",
    "CustomerGroup",
    "CustomerGroupCategoryAccess",
    "CustomerGroupCategoryAccessCreate",
    "CustomerGroupCategoryAccessUpdate",
    "CustomerGroupCreate",
    "CustomerGroupDiscountRule",
    "CustomerGroupDiscountRuleCreate",
    "CustomerGroupDiscountRuleUpdate",
    "CustomerGroupUpdate",
    "CustomerUpdate",
    "FormField",
    "FormFieldCreate",
    "FormFieldUpdate",
    "GiftCertificate",
    "GiftCertificateCreate",
    "GiftCertificateUpdate",
    "GoogleProductSearchMapping",
    "Option",
    "OptionCreate",
    "OptionSet",
    "OptionSetCreate",
    "OptionSetOption",
    "OptionSetOptionCreate",
    "OptionSetOptionUpdate",
    "OptionSetOptionValue",
    "OptionSetUpdate",
    "OptionUpdate",
    "OptionValue",
    "OptionValueCreate",
    "OptionValueUpdate",
    "Order",
    "OrderAddress",
    "OrderAddressCreate",
    "OrderAddressUpdate",
    "OrderBillingAddress",
    "OrderBillingAddressCreate",
    "OrderBillingAddressUpdate",
    "OrderCoupon",
    "OrderCreate",
    "OrderFee",
    "OrderFeeCreate",
    "OrderFeeUpdate",
    "OrderMessage",
    "OrderProduct",
    "OrderProductAppliedDiscount",
    "OrderProductConfigurableField",
    "OrderProductLine",
    "OrderProductLineCreate",
    "OrderProductLineOption",
    "OrderProductLineOptionCreate",
    "OrderProductLineOptionUpdate",
    "OrderProductLineUpdate",
    "OrderProductOption",
    "OrderShipment",
    "OrderShipmentCreate",
    "OrderShipmentItem",
    "OrderShipmentItemCreate",
    "OrderShipmentItemUpdate",
    "OrderShipmentUpdate",
    "OrderShippingAddress",
    "OrderStatus",
    "OrderTax",
    "OrderUpdate",
    "Page",
    "PageCreate",
    "PageUpdate",
    "PaymentMethod",
    "Product",
    "ProductConfigurableField",
    "ProductCreate",
    "ProductCustomField",
    "ProductCustomFieldCreate",
    "ProductCustomFieldUpdate",
    "ProductDiscountRule",
    "ProductDiscountRuleCreate",
    "ProductDiscountRuleUpdate",
    "ProductImage",
    "ProductImageCreate",
    "ProductImageUpdate",
    "ProductOption",
    "ProductPrimaryImage",
    "ProductReview",
    "ProductReviewCreate",
    "ProductReviewUpdate",
    "ProductRule",
    "ProductRuleCondition",
    "ProductRuleConditionCreate",
    "ProductRuleConditionUpdate",
    "ProductRuleCreate",
    "ProductRulePriceAdjuster",
    "ProductRulePriceAdjusterCreate",
    "ProductRulePriceAdjusterUpdate",
    "ProductRuleUpdate",
    "ProductRuleWeightAdjuster",
    "ProductRuleWeightAdjusterCreate",
    "ProductRuleWeightAdjusterUpdate",
    "ProductSku",
    "ProductSkuCreate",
    "ProductSkuOption",
    "ProductSkuOptionCreate",
    "ProductSkuOptionUpdate",
    "ProductSkuUpdate",
    "ProductUpdate",
    "ProductVideo",
    "ProductVideoCreate",
    "Redirect",
    "RedirectCreate",
    "RedirectForward",
    "RedirectForwardCreate",
    "RedirectForwardUpdate",
    "RedirectUpdate",
    "ResourceLink",
    "ShippingMethod",
    "StoreDateFormat",
    "StoreFeatures",
    "StoreInformation",
    "StoreStorefrontLimits",
    "StoreTime",
    "StoreTimezone",
    "TaxClass",
    "Webhook",
    "WebhookCreate",
    "WebhookUpdate",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
