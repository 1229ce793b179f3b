# Generated from spec/ by `python -m codegen generate`; do not edit.
"""Every model, loaded on first use: `from bigcommerce.models import Product`."""

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
    from .order_shipping_address import (
        OrderShippingAddress,
        OrderShippingAddressCreate,
        OrderShippingAddressUpdate,
    )
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
    from .product_video import ProductVideo, ProductVideoCreate, ProductVideoUpdate
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

_MODULES = {
    "Banner": "banner",
    "BannerCreate": "banner",
    "BannerUpdate": "banner",
    "BlogPost": "blog_post",
    "BlogPostCreate": "blog_post",
    "BlogPostUpdate": "blog_post",
    "Brand": "brand",
    "BrandCreate": "brand",
    "BrandUpdate": "brand",
    "Category": "category",
    "CategoryCreate": "category",
    "CategoryUpdate": "category",
    "Country": "country",
    "CountryState": "country_state",
    "Coupon": "coupon",
    "CouponCreate": "coupon",
    "CouponUpdate": "coupon",
    "CouponAppliesTo": "coupon_applies_to",
    "CouponAppliesToCreate": "coupon_applies_to",
    "CouponAppliesToUpdate": "coupon_applies_to",
    "CouponRestrictedTo": "coupon_restricted_to",
    "CouponRestrictedToCreate": "coupon_restricted_to",
    "CouponRestrictedToUpdate": "coupon_restricted_to",
    "Currency": "currency",
    "CurrencyCreate": "currency",
    "CurrencyUpdate": "currency",
    "Customer": "customer",
    "CustomerCreate": "customer",
    "CustomerUpdate": "customer",
    "CustomerAddress": "customer_address",
    "CustomerAddressCreate": "customer_address",
    "CustomerAddressUpdate": "customer_address",
    "CustomerAuthentication": "customer_authentication",
    "CustomerAuthenticationCreate": "customer_authentication",
    "CustomerAuthenticationUpdate": "customer_authentication",
    "CustomerGroup": "customer_group",
    "CustomerGroupCreate": "customer_group",
    "CustomerGroupUpdate": "customer_group",
    "CustomerGroupCategoryAccess": "customer_group_category_access",
    "CustomerGroupCategoryAccessCreate": "customer_group_category_access",
    "CustomerGroupCategoryAccessUpdate": "customer_group_category_access",
    "CustomerGroupDiscountRule": "customer_group_discount_rule",
    "CustomerGroupDiscountRuleCreate": "customer_group_discount_rule",
    "CustomerGroupDiscountRuleUpdate": "customer_group_discount_rule",
    "FormField": "form_field",
    "FormFieldCreate": "form_field",
    "FormFieldUpdate": "form_field",
    "GiftCertificate": "gift_certificate",
    "GiftCertificateCreate": "gift_certificate",
    "GiftCertificateUpdate": "gift_certificate",
    "GoogleProductSearchMapping": "google_product_search_mapping",
    "Option": "option",
    "OptionCreate": "option",
    "OptionUpdate": "option",
    "OptionSet": "option_set",
    "OptionSetCreate": "option_set",
    "OptionSetUpdate": "option_set",
    "OptionSetOption": "option_set_option",
    "OptionSetOptionCreate": "option_set_option",
    "OptionSetOptionUpdate": "option_set_option",
    "OptionSetOptionValue": "option_set_option_value",
    "OptionValue": "option_value",
    "OptionValueCreate": "option_value",
    "OptionValueUpdate": "option_value",
    "Order": "order",
    "OrderCreate": "order",
    "OrderUpdate": "order",
    "OrderAddress": "order_address",
    "OrderAddressCreate": "order_address",
    "OrderAddressUpdate": "order_address",
    "OrderBillingAddress": "order_billing_address",
    "OrderBillingAddressCreate": "order_billing_address",
    "OrderBillingAddressUpdate": "order_billing_address",
    "OrderCoupon": "order_coupon",
    "OrderFee": "order_fee",
    "OrderFeeCreate": "order_fee",
    "OrderFeeUpdate": "order_fee",
    "OrderMessage": "order_message",
    "OrderProduct": "order_product",
    "OrderProductAppliedDiscount": "order_product_applied_discount",
    "OrderProductConfigurableField": "order_product_configurable_field",
    "OrderProductLine": "order_product_line",
    "OrderProductLineCreate": "order_product_line",
    "OrderProductLineUpdate": "order_product_line",
    "OrderProductLineOption": "order_product_line_option",
    "OrderProductLineOptionCreate": "order_product_line_option",
    "OrderProductLineOptionUpdate": "order_product_line_option",
    "OrderProductOption": "order_product_option",
    "OrderShipment": "order_shipment",
    "OrderShipmentCreate": "order_shipment",
    "OrderShipmentUpdate": "order_shipment",
    "OrderShipmentItem": "order_shipment_item",
    "OrderShipmentItemCreate": "order_shipment_item",
    "OrderShipmentItemUpdate": "order_shipment_item",
    "OrderShippingAddress": "order_shipping_address",
    "OrderShippingAddressCreate": "order_shipping_address",
    "OrderShippingAddressUpdate": "order_shipping_address",
    "OrderStatus": "order_status",
    "OrderTax": "order_tax",
    "Page": "page",
    "PageCreate": "page",
    "PageUpdate": "page",
    "PaymentMethod": "payment_method",
    "Product": "product",
    "ProductCreate": "product",
    "ProductUpdate": "product",
    "ProductConfigurableField": "product_configurable_field",
    "ProductCustomField": "product_custom_field",
    "ProductCustomFieldCreate": "product_custom_field",
    "ProductCustomFieldUpdate": "product_custom_field",
    "ProductDiscountRule": "product_discount_rule",
    "ProductDiscountRuleCreate": "product_discount_rule",
    "ProductDiscountRuleUpdate": "product_discount_rule",
    "ProductImage": "product_image",
    "ProductImageCreate": "product_image",
    "ProductImageUpdate": "product_image",
    "ProductOption": "product_option",
    "ProductPrimaryImage": "product_primary_image",
    "ProductReview": "product_review",
    "ProductReviewCreate": "product_review",
    "ProductReviewUpdate": "product_review",
    "ProductRule": "product_rule",
    "ProductRuleCreate": "product_rule",
    "ProductRuleUpdate": "product_rule",
    "ProductRuleCondition": "product_rule_condition",
    "ProductRuleConditionCreate": "product_rule_condition",
    "ProductRuleConditionUpdate": "product_rule_condition",
    "ProductRulePriceAdjuster": "product_rule_price_adjuster",
    "ProductRulePriceAdjusterCreate": "product_rule_price_adjuster",
    "ProductRulePriceAdjusterUpdate": "product_rule_price_adjuster",
    "ProductRuleWeightAdjuster": "product_rule_weight_adjuster",
    "ProductRuleWeightAdjusterCreate": "product_rule_weight_adjuster",
    "ProductRuleWeightAdjusterUpdate": "product_rule_weight_adjuster",
    "ProductSku": "product_sku",
    "ProductSkuCreate": "product_sku",
    "ProductSkuUpdate": "product_sku",
    "ProductSkuOption": "product_sku_option",
    "ProductSkuOptionCreate": "product_sku_option",
    "ProductSkuOptionUpdate": "product_sku_option",
    "ProductVideo": "product_video",
    "ProductVideoCreate": "product_video",
    "ProductVideoUpdate": "product_video",
    "Redirect": "redirect",
    "RedirectCreate": "redirect",
    "RedirectUpdate": "redirect",
    "RedirectForward": "redirect_forward",
    "RedirectForwardCreate": "redirect_forward",
    "RedirectForwardUpdate": "redirect_forward",
    "ResourceLink": "resource_link",
    "ShippingMethod": "shipping_method",
    "StoreDateFormat": "store_date_format",
    "StoreFeatures": "store_features",
    "StoreInformation": "store_information",
    "StoreStorefrontLimits": "store_storefront_limits",
    "StoreTime": "store_time",
    "StoreTimezone": "store_timezone",
    "TaxClass": "tax_class",
    "Webhook": "webhook",
    "WebhookCreate": "webhook",
    "WebhookUpdate": "webhook",
}

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
    "OrderShippingAddressCreate",
    "OrderShippingAddressUpdate",
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
    "ProductVideoUpdate",
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
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
