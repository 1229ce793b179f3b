# Generated from spec/ by codegen (`make generate`); do not edit.
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
    "abandonded_cart_email": ("AbandondedCartEmail",),
    "abandoned_cart_email_default": ("AbandonedCartEmailDefault",),
    "abandoned_cart_email_default_translation": ("AbandonedCartEmailDefaultTranslation",),
    "abandoned_cart_email_default_translation_keys": ("AbandonedCartEmailDefaultTranslationKeys",),
    "abandoned_cart_email_setting_update": (
        "AbandonedCartEmailSettingUpdate",
        "AbandonedCartEmailSettingUpdateUpdate",
    ),
    "abandoned_cart_info": ("AbandonedCartInfo",),
    "abandoned_cart_setting_update": (
        "AbandonedCartSettingUpdate",
        "AbandonedCartSettingUpdateUpdate",
    ),
    "abandoned_cart_settings": ("AbandonedCartSettings",),
    "access_token_create": (
        "AccessTokenCreate",
        "AccessTokenCreateCreate",
    ),
    "access_token_order": (
        "AccessTokenOrder",
        "AccessTokenOrderCreate",
    ),
    "action": (
        "Action",
        "ActionCreate",
        "ActionUpdate",
    ),
    "action_cart_items": (
        "ActionCartItems",
        "ActionCartItemsCreate",
        "ActionCartItemsUpdate",
    ),
    "action_cart_value": (
        "ActionCartValue",
        "ActionCartValueCreate",
        "ActionCartValueUpdate",
    ),
    "action_fixed_price_set": (
        "ActionFixedPriceSet",
        "ActionFixedPriceSetCreate",
        "ActionFixedPriceSetUpdate",
    ),
    "action_gift": (
        "ActionGift",
        "ActionGiftCreate",
        "ActionGiftUpdate",
    ),
    "action_shipping": (
        "ActionShipping",
        "ActionShippingCreate",
        "ActionShippingUpdate",
    ),
    "active_theme": ("ActiveTheme",),
    "address": ("Address",),
    "address_matcher": (
        "AddressMatcher",
        "AddressMatcherCreate",
        "AddressMatcherUpdate",
    ),
    "adjuster": ("Adjuster",),
    "adjusters": ("Adjusters",),
    "adjusters_purchasing_disabled": ("AdjustersPurchasingDisabled",),
    "adjustments_absolute_update": (
        "AdjustmentsAbsoluteUpdate",
        "AdjustmentsAbsoluteUpdateCreate",
        "AdjustmentsAbsoluteUpdateUpdate",
    ),
    "adjustments_absolute_update_item": (
        "AdjustmentsAbsoluteUpdateItem",
        "AdjustmentsAbsoluteUpdateItemCreate",
        "AdjustmentsAbsoluteUpdateItemUpdate",
    ),
    "analytic_update": (
        "AnalyticUpdate",
        "AnalyticUpdateUpdate",
    ),
    "analytics_provider": ("AnalyticsProvider",),
    "api_token_create": (
        "ApiTokenCreate",
        "ApiTokenCreateCreate",
    ),
    "api_token_customer_impersonation_create": (
        "ApiTokenCustomerImpersonationCreate",
        "ApiTokenCustomerImpersonationCreateCreate",
    ),
    "api_token_private_create": (
        "ApiTokenPrivateCreate",
        "ApiTokenPrivateCreateCreate",
    ),
    "applied_coupon": ("AppliedCoupon",),
    "applied_discount": ("AppliedDiscount",),
    "assignment_for": ("AssignmentFor",),
    "attribute": ("Attribute",),
    "availability_by_week_day": (
        "AvailabilityByWeekDay",
        "AvailabilityByWeekDayCreate",
        "AvailabilityByWeekDayUpdate",
    ),
    "available_filter": ("AvailableFilter",),
    "available_item": ("AvailableItem",),
    "avs_result": ("AVSResult",),
    "banner": (
        "Banner",
        "BannerCreate",
        "BannerUpdate",
    ),
    "base_fee": (
        "BaseFee",
        "BaseFeeCreate",
    ),
    "blog_post": (
        "BlogPost",
        "BlogPostCreate",
        "BlogPostUpdate",
    ),
    "blog_tags_item": ("BlogTagsItem",),
    "brand": (
        "Brand",
        "BrandCreate",
        "BrandUpdate",
    ),
    "brand_create_custom_url": (
        "BrandCreateCustomUrl",
        "BrandCreateCustomUrlCreate",
        "BrandCreateCustomUrlUpdate",
    ),
    "brand_image_create": (
        "BrandImageCreate",
        "BrandImageCreateCreate",
    ),
    "bulk_coupon_codes_data": ("BulkCouponCodesData",),
    "bulk_pricing_rule": ("BulkPricingRule",),
    "bulk_pricing_tier": (
        "BulkPricingTier",
        "BulkPricingTierCreate",
        "BulkPricingTierUpdate",
    ),
    "bulk_pricing_tier_bulk_pricing": ("BulkPricingTierBulkPricing",),
    "callback_category_data": ("CallbackCategoryData",),
    "carrier_connection_create": (
        "CarrierConnectionCreate",
        "CarrierConnectionCreateCreate",
        "CarrierConnectionCreateUpdate",
    ),
    "carrier_connection_delete_all": (
        "CarrierConnectionDeleteAll",
        "CarrierConnectionDeleteAllCreate",
    ),
    "cart": ("Cart",),
    "cart_condition": (
        "CartCondition",
        "CartConditionCreate",
        "CartConditionUpdate",
    ),
    "cart_condition_cart": (
        "CartConditionCart",
        "CartConditionCartCreate",
        "CartConditionCartUpdate",
    ),
    "cart_create_currency": (
        "CartCreateCurrency",
        "CartCreateCurrencyCreate",
    ),
    "cart_create_custom_item": (
        "CartCreateCustomItem",
        "CartCreateCustomItemCreate",
        "CartCreateCustomItemUpdate",
    ),
    "cart_create_gift_certificate": (
        "CartCreateGiftCertificate",
        "CartCreateGiftCertificateCreate",
        "CartCreateGiftCertificateUpdate",
    ),
    "cart_create_gift_certificate_sender": (
        "CartCreateGiftCertificateSender",
        "CartCreateGiftCertificateSenderCreate",
        "CartCreateGiftCertificateSenderUpdate",
    ),
    "cart_create_line_item": (
        "CartCreateLineItem",
        "CartCreateLineItemCreate",
        "CartCreateLineItemUpdate",
    ),
    "cart_create_line_item_gift_wrapping": (
        "CartCreateLineItemGiftWrapping",
        "CartCreateLineItemGiftWrappingCreate",
        "CartCreateLineItemGiftWrappingUpdate",
    ),
    "cart_create_line_item_gift_wrapping_wrap_detail": (
        "CartCreateLineItemGiftWrappingWrapDetail",
        "CartCreateLineItemGiftWrappingWrapDetailCreate",
        "CartCreateLineItemGiftWrappingWrapDetailUpdate",
    ),
    "cart_create_line_item_option_selection": (
        "CartCreateLineItemOptionSelection",
        "CartCreateLineItemOptionSelectionCreate",
        "CartCreateLineItemOptionSelectionUpdate",
    ),
    "cart_discount": ("CartDiscount",),
    "cart_item_create": (
        "CartItemCreate",
        "CartItemCreateCreate",
    ),
    "cart_item_update": (
        "CartItemUpdate",
        "CartItemUpdateUpdate",
    ),
    "cart_metafield": ("CartMetafield",),
    "cart_metafield_create_many_item": (
        "CartMetafieldCreateManyItem",
        "CartMetafieldCreateManyItemCreate",
    ),
    "cart_metafield_update_many_item": (
        "CartMetafieldUpdateManyItem",
        "CartMetafieldUpdateManyItemUpdate",
    ),
    "cart_promotions": ("CartPromotions",),
    "cart_promotions_banners": ("CartPromotionsBanners",),
    "cart_redirect_url": ("CartRedirectUrl",),
    "cart_redirect_url_create_query_params": (
        "CartRedirectUrlCreateQueryParams",
        "CartRedirectUrlCreateQueryParamsCreate",
    ),
    "cart_setting_update": (
        "CartSettingUpdate",
        "CartSettingUpdateUpdate",
    ),
    "cart_settings": ("CartSettings",),
    "catalog_update": (
        "CatalogUpdate",
        "CatalogUpdateUpdate",
    ),
    "category": (
        "Category",
        "CategoryCreate",
        "CategoryUpdate",
    ),
    "category_create_custom_url": (
        "CategoryCreateCustomUrl",
        "CategoryCreateCustomUrlCreate",
        "CategoryCreateCustomUrlUpdate",
    ),
    "category_node": ("CategoryNode",),
    "category_tree_url": (
        "CategoryTreeUrl",
        "CategoryTreeUrlCreate",
        "CategoryTreeUrlUpdate",
    ),
    "certificate_input": (
        "CertificateInput",
        "CertificateInputUpdate",
    ),
    "channel": (
        "Channel",
        "ChannelCreate",
        "ChannelUpdate",
    ),
    "channel_currency_assignment_create": (
        "ChannelCurrencyAssignmentCreate",
        "ChannelCurrencyAssignmentCreateCreate",
        "ChannelCurrencyAssignmentCreateUpdate",
    ),
    "channel_currency_assignment_create_many_item": (
        "ChannelCurrencyAssignmentCreateManyItem",
        "ChannelCurrencyAssignmentCreateManyItemCreate",
        "ChannelCurrencyAssignmentCreateManyItemUpdate",
    ),
    "channel_listing_create_many_item": (
        "ChannelListingCreateManyItem",
        "ChannelListingCreateManyItemCreate",
    ),
    "channel_listing_update_many_item": (
        "ChannelListingUpdateManyItem",
        "ChannelListingUpdateManyItemUpdate",
    ),
    "channel_menus_create_custom_app_section": (
        "ChannelMenusCreateCustomAppSection",
        "ChannelMenusCreateCustomAppSectionCreate",
    ),
    "channel_menus_response": ("ChannelMenusResponse",),
    "channel_metafield_update": (
        "ChannelMetafieldUpdate",
        "ChannelMetafieldUpdateUpdate",
    ),
    "channel_product_variant": ("ChannelProductVariant",),
    "channel_product_variant_partial": (
        "ChannelProductVariantPartial",
        "ChannelProductVariantPartialCreate",
        "ChannelProductVariantPartialUpdate",
    ),
    "channel_site": ("ChannelSite",),
    "channel_url": ("ChannelUrl",),
    "channel_with_currencies": ("ChannelWithCurrencies",),
    "checkout": ("Checkout",),
    "checkout_applied_coupon": ("CheckoutAppliedCoupon",),
    "checkout_available_shipping_option": ("CheckoutAvailableShippingOption",),
    "checkout_billing_address": ("CheckoutBillingAddress",),
    "checkout_billing_address_create_custom_field": (
        "CheckoutBillingAddressCreateCustomField",
        "CheckoutBillingAddressCreateCustomFieldCreate",
        "CheckoutBillingAddressCreateCustomFieldUpdate",
    ),
    "checkout_billing_address_custom_field": ("CheckoutBillingAddressCustomField",),
    "checkout_cart": ("CheckoutCart",),
    "checkout_cart_line_items": ("CheckoutCartLineItems",),
    "checkout_cart_line_items_custom_item": ("CheckoutCartLineItemsCustomItem",),
    "checkout_cart_line_items_digital_item": ("CheckoutCartLineItemsDigitalItem",),
    "checkout_cart_line_items_physical_item": ("CheckoutCartLineItemsPhysicalItem",),
    "checkout_checkouts_fees_by_checkout_id_post": (
        "CheckoutCheckoutsFeesByCheckoutIdPost",
        "CheckoutCheckoutsFeesByCheckoutIdPostCreate",
    ),
    "checkout_consignment": ("CheckoutConsignment",),
    "checkout_consignment_coupon_discount": ("CheckoutConsignmentCouponDiscount",),
    "checkout_consignment_create_many_item": (
        "CheckoutConsignmentCreateManyItem",
        "CheckoutConsignmentCreateManyItemCreate",
    ),
    "checkout_consignment_create_many_item_address": (
        "CheckoutConsignmentCreateManyItemAddress",
        "CheckoutConsignmentCreateManyItemAddressCreate",
    ),
    "checkout_consignment_update_address": (
        "CheckoutConsignmentUpdateAddress",
        "CheckoutConsignmentUpdateAddressUpdate",
    ),
    "checkout_consignment_update_custom_shipping": (
        "CheckoutConsignmentUpdateCustomShipping",
        "CheckoutConsignmentUpdateCustomShippingUpdate",
    ),
    "checkout_coupon_create": (
        "CheckoutCouponCreate",
        "CheckoutCouponCreateCreate",
    ),
    "checkout_create_many_item_address_custom_field": (
        "CheckoutCreateManyItemAddressCustomField",
        "CheckoutCreateManyItemAddressCustomFieldCreate",
    ),
    "checkout_create_many_item_line_item": (
        "CheckoutCreateManyItemLineItem",
        "CheckoutCreateManyItemLineItemCreate",
        "CheckoutCreateManyItemLineItemUpdate",
    ),
    "checkout_create_many_item_pickup_option": (
        "CheckoutCreateManyItemPickupOption",
        "CheckoutCreateManyItemPickupOptionCreate",
        "CheckoutCreateManyItemPickupOptionUpdate",
    ),
    "checkout_discount_create": (
        "CheckoutDiscountCreate",
        "CheckoutDiscountCreateCreate",
    ),
    "checkout_discount_create_cart": (
        "CheckoutDiscountCreateCart",
        "CheckoutDiscountCreateCartCreate",
    ),
    "checkout_discount_create_cart_discount": (
        "CheckoutDiscountCreateCartDiscount",
        "CheckoutDiscountCreateCartDiscountCreate",
    ),
    "checkout_discount_create_cart_line_item": (
        "CheckoutDiscountCreateCartLineItem",
        "CheckoutDiscountCreateCartLineItemCreate",
    ),
    "checkout_fee": ("CheckoutFee",),
    "checkout_fee_delete_all": (
        "CheckoutFeeDeleteAll",
        "CheckoutFeeDeleteAllCreate",
    ),
    "checkout_items_physical_item_gift_wrapping": ("CheckoutItemsPhysicalItemGiftWrapping",),
    "checkout_promotion": ("CheckoutPromotion",),
    "checkout_setting_channel_update": (
        "CheckoutSettingChannelUpdate",
        "CheckoutSettingChannelUpdateUpdate",
    ),
    "checkout_setting_update": (
        "CheckoutSettingUpdate",
        "CheckoutSettingUpdateUpdate",
    ),
    "checkout_tax": ("CheckoutTax",),
    "checkout_token": ("CheckoutToken",),
    "checkouts_settings": ("CheckoutsSettings",),
    "class_update_many_item": (
        "ClassUpdateManyItem",
        "ClassUpdateManyItemUpdate",
    ),
    "complex_rule": ("ComplexRule",),
    "complex_rule_condition": ("ComplexRuleCondition",),
    "condition": (
        "Condition",
        "ConditionCreate",
        "ConditionUpdate",
    ),
    "config": (
        "Config",
        "ConfigCreate",
        "ConfigUpdate",
    ),
    "consent": ("Consent",),
    "contact_entity": ("ContactEntity",),
    "coordinates": (
        "Coordinates",
        "CoordinatesCreate",
        "CoordinatesUpdate",
    ),
    "count_response": ("CountResponse",),
    "country": ("Country",),
    "country_address_matcher": (
        "CountryAddressMatcher",
        "CountryAddressMatcherCreate",
        "CountryAddressMatcherUpdate",
    ),
    "country_rule_info": (
        "CountryRuleInfo",
        "CountryRuleInfoCreate",
        "CountryRuleInfoUpdate",
    ),
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
    "coupon_code": (
        "CouponCode",
        "CouponCodeCreate",
        "CouponCodeUpdate",
    ),
    "coupon_restricted_to": (
        "CouponRestrictedTo",
        "CouponRestrictedToCreate",
        "CouponRestrictedToUpdate",
    ),
    "coupons_resource": ("CouponsResource",),
    "create_deployment": ("CreateDeployment",),
    "credit_card": ("CreditCard",),
    "currency": (
        "Currency",
        "CurrencyCreate",
        "CurrencyUpdate",
    ),
    "currency_not_required_with_channel_id": ("CurrencyNotRequiredWithChannelId",),
    "custom": ("Custom",),
    "custom_field": ("CustomField",),
    "custom_template_association": ("CustomTemplateAssociation",),
    "custom_template_association_upsert_item": (
        "CustomTemplateAssociationUpsertItem",
        "CustomTemplateAssociationUpsertItemUpdate",
    ),
    "custom_url": (
        "CustomUrl",
        "CustomUrlCreate",
        "CustomUrlUpdate",
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
    "customer_address_create_many_item": (
        "CustomerAddressCreateManyItem",
        "CustomerAddressCreateManyItemCreate",
    ),
    "customer_address_update_many_item": (
        "CustomerAddressUpdateManyItem",
        "CustomerAddressUpdateManyItemUpdate",
    ),
    "customer_addresses_customer": (
        "CustomerAddressesCustomer",
        "CustomerAddressesCustomerCreate",
    ),
    "customer_attribute": ("CustomerAttribute",),
    "customer_attribute_create_many_item": (
        "CustomerAttributeCreateManyItem",
        "CustomerAttributeCreateManyItemCreate",
    ),
    "customer_attribute_update_many_item": (
        "CustomerAttributeUpdateManyItem",
        "CustomerAttributeUpdateManyItemUpdate",
    ),
    "customer_attribute_value_upsert_item": (
        "CustomerAttributeValueUpsertItem",
        "CustomerAttributeValueUpsertItemUpdate",
    ),
    "customer_attributes": (
        "CustomerAttributes",
        "CustomerAttributesCreate",
    ),
    "customer_authentication": (
        "CustomerAuthentication",
        "CustomerAuthenticationCreate",
        "CustomerAuthenticationUpdate",
    ),
    "customer_authentication_response": ("CustomerAuthenticationResponse",),
    "customer_consent_update": (
        "CustomerConsentUpdate",
        "CustomerConsentUpdateUpdate",
    ),
    "customer_create_many_item": (
        "CustomerCreateManyItem",
        "CustomerCreateManyItemCreate",
    ),
    "customer_create_many_item_store_credit_amount": (
        "CustomerCreateManyItemStoreCreditAmount",
        "CustomerCreateManyItemStoreCreditAmountCreate",
        "CustomerCreateManyItemStoreCreditAmountUpdate",
    ),
    "customer_form_field_value": ("CustomerFormFieldValue",),
    "customer_form_field_value_update_many_item": (
        "CustomerFormFieldValueUpdateManyItem",
        "CustomerFormFieldValueUpdateManyItemUpdate",
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
    "customer_segment_id_limitation": (
        "CustomerSegmentIdLimitation",
        "CustomerSegmentIdLimitationCreate",
        "CustomerSegmentIdLimitationUpdate",
    ),
    "customer_segment_limitation": (
        "CustomerSegmentLimitation",
        "CustomerSegmentLimitationCreate",
        "CustomerSegmentLimitationUpdate",
    ),
    "customer_segment_limitation_and": (
        "CustomerSegmentLimitationAnd",
        "CustomerSegmentLimitationAndCreate",
        "CustomerSegmentLimitationAndUpdate",
    ),
    "customer_segment_limitation_not": (
        "CustomerSegmentLimitationNot",
        "CustomerSegmentLimitationNotCreate",
        "CustomerSegmentLimitationNotUpdate",
    ),
    "customer_setting_update": (
        "CustomerSettingUpdate",
        "CustomerSettingUpdateUpdate",
    ),
    "customer_stored_instrument": ("CustomerStoredInstrument",),
    "customer_subscriber_create": (
        "CustomerSubscriberCreate",
        "CustomerSubscriberCreateCreate",
        "CustomerSubscriberCreateUpdate",
    ),
    "customer_update_many_item": (
        "CustomerUpdateManyItem",
        "CustomerUpdateManyItemUpdate",
    ),
    "customer_update_many_item_data": (
        "CustomerUpdateManyItemData",
        "CustomerUpdateManyItemDataUpdate",
    ),
    "customer_validate": (
        "CustomerValidate",
        "CustomerValidateCreate",
    ),
    "customer_validate_credentials": (
        "CustomerValidateCredentials",
        "CustomerValidateCredentialsCreate",
    ),
    "customs_information": ("CustomsInformation",),
    "cvv_result": ("CVVResult",),
    "delete_coupon_code_delete": (
        "DeleteCouponCodeDelete",
        "DeleteCouponCodeDeleteCreate",
    ),
    "deployment_create": (
        "DeploymentCreate",
        "DeploymentCreateCreate",
    ),
    "digital_consignment": ("DigitalConsignment",),
    "digital_consignment_line_item": ("DigitalConsignmentLineItem",),
    "discount": (
        "Discount",
        "DiscountCreate",
        "DiscountUpdate",
    ),
    "dropzone": (
        "Dropzone",
        "DropzoneCreate",
    ),
    "email_status_update": (
        "EmailStatusUpdate",
        "EmailStatusUpdateUpdate",
    ),
    "email_template_update": (
        "EmailTemplateUpdate",
        "EmailTemplateUpdateUpdate",
    ),
    "environment_variable": (
        "EnvironmentVariable",
        "EnvironmentVariableCreate",
    ),
    "favicon_image_create": (
        "FaviconImageCreate",
        "FaviconImageCreateCreate",
    ),
    "fee_with_id": (
        "FeeWithId",
        "FeeWithIdUpdate",
    ),
    "filter_context_upsert_item": (
        "FilterContextUpsertItem",
        "FilterContextUpsertItemUpdate",
    ),
    "form_field": (
        "FormField",
        "FormFieldCreate",
        "FormFieldUpdate",
    ),
    "form_field_value": (
        "FormFieldValue",
        "FormFieldValueCreate",
        "FormFieldValueUpdate",
    ),
    "form_field_value_address": ("FormFieldValueAddress",),
    "form_field_value_customer": ("FormFieldValueCustomer",),
    "form_fields": (
        "FormFields",
        "FormFieldsUpdate",
    ),
    "get_categories": ("GetCategories",),
    "get_prices_data": ("GetPricesData",),
    "gift_certificate": (
        "GiftCertificate",
        "GiftCertificateCreate",
        "GiftCertificateUpdate",
    ),
    "gift_wrapping": ("GiftWrapping",),
    "google_product_search_mapping": ("GoogleProductSearchMapping",),
    "handling_fees": ("HandlingFees",),
    "hook_admin": ("HookAdmin",),
    "hook_admin_blocked_domain": ("HookAdminBlockedDomain",),
    "hook_admin_blocked_domain_reason": ("HookAdminBlockedDomainReason",),
    "hook_admin_hooks_list": ("HookAdminHooksList",),
    "hook_create": (
        "HookCreate",
        "HookCreateCreate",
    ),
    "hook_update": (
        "HookUpdate",
        "HookUpdateUpdate",
    ),
    "image_url": ("ImageUrl",),
    "imex_export_create": (
        "ImexExportCreate",
        "ImexExportCreateCreate",
    ),
    "imex_import_create": (
        "ImexImportCreate",
        "ImexImportCreateCreate",
    ),
    "installed_certificate_detail": ("InstalledCertificateDetail",),
    "inventory_notification_update": (
        "InventoryNotificationUpdate",
        "InventoryNotificationUpdateUpdate",
    ),
    "inventory_update": (
        "InventoryUpdate",
        "InventoryUpdateUpdate",
    ),
    "item": ("Item",),
    "item_custom": ("ItemCustom",),
    "item_gift_certificate": ("ItemGiftCertificate",),
    "item_identity": ("ItemIdentity",),
    "item_location": ("ItemLocation",),
    "item_location_settings": ("ItemLocationSettings",),
    "item_matcher": (
        "ItemMatcher",
        "ItemMatcherCreate",
        "ItemMatcherUpdate",
    ),
    "item_matcher_and": (
        "ItemMatcherAnd",
        "ItemMatcherAndCreate",
        "ItemMatcherAndUpdate",
    ),
    "item_matcher_not": (
        "ItemMatcherNot",
        "ItemMatcherNotCreate",
        "ItemMatcherNotUpdate",
    ),
    "item_matcher_product_custom_field": (
        "ItemMatcherProductCustomField",
        "ItemMatcherProductCustomFieldCreate",
        "ItemMatcherProductCustomFieldUpdate",
    ),
    "item_matcher_product_option": (
        "ItemMatcherProductOption",
        "ItemMatcherProductOptionCreate",
        "ItemMatcherProductOptionUpdate",
    ),
    "item_pricing_option": ("ItemPricingOption",),
    "items_refund": (
        "ItemsRefund",
        "ItemsRefundCreate",
    ),
    "job": ("Job",),
    "job_error": ("JobError",),
    "job_id": ("JobId",),
    "job_warning": ("JobWarning",),
    "line_items": ("LineItems",),
    "line_items_digital_item": ("LineItemsDigitalItem",),
    "line_items_physical_item": ("LineItemsPhysicalItem",),
    "listing": ("Listing",),
    "locale": (
        "Locale",
        "LocaleUpdate",
    ),
    "location": ("Location",),
    "location_address": ("LocationAddress",),
    "location_address_geo_coordinates": ("LocationAddressGeoCoordinates",),
    "location_create_many_item": (
        "LocationCreateManyItem",
        "LocationCreateManyItemCreate",
    ),
    "location_create_many_item_address": (
        "LocationCreateManyItemAddress",
        "LocationCreateManyItemAddressCreate",
    ),
    "location_create_many_item_special_hour": (
        "LocationCreateManyItemSpecialHour",
        "LocationCreateManyItemSpecialHourCreate",
        "LocationCreateManyItemSpecialHourUpdate",
    ),
    "location_item_update": (
        "LocationItemUpdate",
        "LocationItemUpdateUpdate",
    ),
    "location_item_update_setting": (
        "LocationItemUpdateSetting",
        "LocationItemUpdateSettingUpdate",
    ),
    "location_item_update_setting_identity": (
        "LocationItemUpdateSettingIdentity",
        "LocationItemUpdateSettingIdentityUpdate",
    ),
    "location_items": ("LocationItems",),
    "location_items_identity": ("LocationItemsIdentity",),
    "location_metafield_create": (
        "LocationMetafieldCreate",
        "LocationMetafieldCreateCreate",
        "LocationMetafieldCreateUpdate",
    ),
    "location_metafield_update_many_item": (
        "LocationMetafieldUpdateManyItem",
        "LocationMetafieldUpdateManyItemUpdate",
    ),
    "location_special_hour": ("LocationSpecialHour",),
    "location_update_many_item": (
        "LocationUpdateManyItem",
        "LocationUpdateManyItemUpdate",
    ),
    "location_update_many_item_address": (
        "LocationUpdateManyItemAddress",
        "LocationUpdateManyItemAddressUpdate",
    ),
    "logo_image_create": (
        "LogoImageCreate",
        "LogoImageCreateCreate",
    ),
    "logo_settings": ("LogoSettings",),
    "logo_update": (
        "LogoUpdate",
        "LogoUpdateUpdate",
    ),
    "merchant_override": (
        "MerchantOverride",
        "MerchantOverrideCreate",
    ),
    "meta": ("Meta",),
    "metafield": ("Metafield",),
    "metafield_create_input": (
        "MetafieldCreateInput",
        "MetafieldCreateInputCreate",
        "MetafieldCreateInputUpdate",
    ),
    "metafield_create_many_item": (
        "MetafieldCreateManyItem",
        "MetafieldCreateManyItemCreate",
    ),
    "metafield_update_many_item": (
        "MetafieldUpdateManyItem",
        "MetafieldUpdateManyItemUpdate",
    ),
    "metafield_update_many_item_input": (
        "MetafieldUpdateManyItemInput",
        "MetafieldUpdateManyItemInputUpdate",
    ),
    "method_create_many_item": (
        "MethodCreateManyItem",
        "MethodCreateManyItemCreate",
    ),
    "method_update_many_item": (
        "MethodUpdateManyItem",
        "MethodUpdateManyItemUpdate",
    ),
    "modifier_adjusters_purchasing_disabled": (
        "ModifierAdjustersPurchasingDisabled",
        "ModifierAdjustersPurchasingDisabledCreate",
        "ModifierAdjustersPurchasingDisabledUpdate",
    ),
    "modifier_value_create": (
        "ModifierValueCreate",
        "ModifierValueCreateCreate",
    ),
    "modifier_value_create_adjusters": (
        "ModifierValueCreateAdjusters",
        "ModifierValueCreateAdjustersCreate",
        "ModifierValueCreateAdjustersUpdate",
    ),
    "modifier_value_update": (
        "ModifierValueUpdate",
        "ModifierValueUpdateUpdate",
    ),
    "name": ("Name",),
    "notification": (
        "Notification",
        "NotificationCreate",
        "NotificationUpdate",
    ),
    "offline": ("Offline",),
    "operating_hours": (
        "OperatingHours",
        "OperatingHoursCreate",
        "OperatingHoursUpdate",
    ),
    "operating_hours_for_day": (
        "OperatingHoursForDay",
        "OperatingHoursForDayCreate",
        "OperatingHoursForDayUpdate",
    ),
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
    "order_consignment": ("OrderConsignment",),
    "order_consignment_email": ("OrderConsignmentEmail",),
    "order_coupon": ("OrderCoupon",),
    "order_fee": (
        "OrderFee",
        "OrderFeeCreate",
        "OrderFeeUpdate",
    ),
    "order_fees": ("OrderFees",),
    "order_message": ("OrderMessage",),
    "order_product": ("OrderProduct",),
    "order_product_applied_discount": ("OrderProductAppliedDiscount",),
    "order_product_applied_discounts": ("OrderProductAppliedDiscounts",),
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
    "order_product_options": ("OrderProductOptions",),
    "order_setting_channel_update": (
        "OrderSettingChannelUpdate",
        "OrderSettingChannelUpdateUpdate",
    ),
    "order_setting_channel_update_notifications": (
        "OrderSettingChannelUpdateNotifications",
        "OrderSettingChannelUpdateNotificationsUpdate",
    ),
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
    "order_update_notifications_order_placed": (
        "OrderUpdateNotificationsOrderPlaced",
        "OrderUpdateNotificationsOrderPlacedUpdate",
    ),
    "page": (
        "Page",
        "PageCreate",
        "PageUpdate",
    ),
    "page_update_page": (
        "PageUpdatePage",
        "PageUpdatePageUpdate",
    ),
    "page_widget": ("PageWidget",),
    "parent_relation": ("ParentRelation",),
    "payment_action_refund": ("PaymentActionRefund",),
    "payment_action_refund_item": ("PaymentActionRefundItem",),
    "payment_action_refund_payment": ("PaymentActionRefundPayment",),
    "payment_action_refund_quote_create": (
        "PaymentActionRefundQuoteCreate",
        "PaymentActionRefundQuoteCreateCreate",
    ),
    "payment_method": ("PaymentMethod",),
    "payment_method_stored_instrument": ("PaymentMethodStoredInstrument",),
    "payment_method_supported_instrument": ("PaymentMethodSupportedInstrument",),
    "payment_option": ("PaymentOption",),
    "payment_process": (
        "PaymentProcess",
        "PaymentProcessCreate",
    ),
    "payment_process_payment": (
        "PaymentProcessPayment",
        "PaymentProcessPaymentCreate",
    ),
    "payment_process_payment_instrument": (
        "PaymentProcessPaymentInstrument",
        "PaymentProcessPaymentInstrumentCreate",
    ),
    "payments_data": ("PaymentsData",),
    "pickup": ("Pickup",),
    "pickup_consignment_location_response": ("PickupConsignmentLocationResponse",),
    "pickup_consignment_pickup": ("PickupConsignmentPickup",),
    "pickup_create_many_item": (
        "PickupCreateManyItem",
        "PickupCreateManyItemCreate",
    ),
    "pickup_item": ("PickupItem",),
    "pickup_method": ("PickupMethod",),
    "pickup_method_pickup_method": ("PickupMethodPickupMethod",),
    "pickup_option": ("PickupOption",),
    "pickup_option_item": (
        "PickupOptionItem",
        "PickupOptionItemCreate",
    ),
    "pickup_option_pickup_option": ("PickupOptionPickupOption",),
    "pickup_options": ("PickupOptions",),
    "pickup_options_result": ("PickupOptionsResult",),
    "pickup_update_many_item": (
        "PickupUpdateManyItem",
        "PickupUpdateManyItemUpdate",
    ),
    "placement": ("Placement",),
    "post_request_pickup_item": (
        "PostRequestPickupItem",
        "PostRequestPickupItemCreate",
    ),
    "price_list": ("PriceList",),
    "price_list_assignment_create_many_item": (
        "PriceListAssignmentCreateManyItem",
        "PriceListAssignmentCreateManyItemCreate",
    ),
    "price_list_assignment_upsert": (
        "PriceListAssignmentUpsert",
        "PriceListAssignmentUpsertUpdate",
    ),
    "price_list_record": ("PriceListRecord",),
    "price_list_record_bulk_pricing_tier": ("PriceListRecordBulkPricingTier",),
    "price_list_record_create_many_item": (
        "PriceListRecordCreateManyItem",
        "PriceListRecordCreateManyItemCreate",
        "PriceListRecordCreateManyItemUpdate",
    ),
    "price_range": ("PriceRange",),
    "price_record_batch_item": (
        "PriceRecordBatchItem",
        "PriceRecordBatchItemCreate",
        "PriceRecordBatchItemUpdate",
    ),
    "pricing_products": (
        "PricingProducts",
        "PricingProductsCreate",
    ),
    "pricing_products_item": (
        "PricingProductsItem",
        "PricingProductsItemCreate",
    ),
    "pricing_products_item_option": (
        "PricingProductsItemOption",
        "PricingProductsItemOptionCreate",
    ),
    "product": (
        "Product",
        "ProductCreate",
        "ProductUpdate",
    ),
    "product_bulk_pricing_rule_create": (
        "ProductBulkPricingRuleCreate",
        "ProductBulkPricingRuleCreateCreate",
    ),
    "product_bulk_pricing_rule_update": (
        "ProductBulkPricingRuleUpdate",
        "ProductBulkPricingRuleUpdateCreate",
        "ProductBulkPricingRuleUpdateUpdate",
    ),
    "product_category_assignment_update_many_item": (
        "ProductCategoryAssignmentUpdateManyItem",
        "ProductCategoryAssignmentUpdateManyItemUpdate",
    ),
    "product_channel_assignment_update_many_item": (
        "ProductChannelAssignmentUpdateManyItem",
        "ProductChannelAssignmentUpdateManyItemUpdate",
    ),
    "product_complex_rule_create": (
        "ProductComplexRuleCreate",
        "ProductComplexRuleCreateCreate",
    ),
    "product_complex_rule_create_condition": (
        "ProductComplexRuleCreateCondition",
        "ProductComplexRuleCreateConditionCreate",
    ),
    "product_complex_rule_create_price_adjuster": (
        "ProductComplexRuleCreatePriceAdjuster",
        "ProductComplexRuleCreatePriceAdjusterCreate",
        "ProductComplexRuleCreatePriceAdjusterUpdate",
    ),
    "product_complex_rule_update": (
        "ProductComplexRuleUpdate",
        "ProductComplexRuleUpdateUpdate",
    ),
    "product_complex_rule_update_condition": (
        "ProductComplexRuleUpdateCondition",
        "ProductComplexRuleUpdateConditionUpdate",
    ),
    "product_configurable_field": ("ProductConfigurableField",),
    "product_create_option_value_adjusters": (
        "ProductCreateOptionValueAdjusters",
        "ProductCreateOptionValueAdjustersCreate",
    ),
    "product_create_option_value_adjusters_price": (
        "ProductCreateOptionValueAdjustersPrice",
        "ProductCreateOptionValueAdjustersPriceCreate",
    ),
    "product_custom_field": (
        "ProductCustomField",
        "ProductCustomFieldCreate",
        "ProductCustomFieldUpdate",
    ),
    "product_customs_information_update_many_item": (
        "ProductCustomsInformationUpdateManyItem",
        "ProductCustomsInformationUpdateManyItemUpdate",
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
    "product_image_data": (
        "ProductImageData",
        "ProductImageDataCreate",
        "ProductImageDataUpdate",
    ),
    "product_modifier": ("ProductModifier",),
    "product_modifier_alt": ("ProductModifierAlt",),
    "product_modifier_create_option_value": (
        "ProductModifierCreateOptionValue",
        "ProductModifierCreateOptionValueCreate",
    ),
    "product_modifier_data": ("ProductModifierData",),
    "product_modifier_option_value": ("ProductModifierOptionValue",),
    "product_modifier_response": ("ProductModifierResponse",),
    "product_modifier_response_config": ("ProductModifierResponseConfig",),
    "product_modifier_update_option_value": (
        "ProductModifierUpdateOptionValue",
        "ProductModifierUpdateOptionValueUpdate",
    ),
    "product_option": ("ProductOption",),
    "product_option_base": ("ProductOptionBase",),
    "product_option_config": ("ProductOptionConfig",),
    "product_option_create_config": (
        "ProductOptionCreateConfig",
        "ProductOptionCreateConfigCreate",
        "ProductOptionCreateConfigUpdate",
    ),
    "product_option_create_option_value": (
        "ProductOptionCreateOptionValue",
        "ProductOptionCreateOptionValueCreate",
        "ProductOptionCreateOptionValueUpdate",
    ),
    "product_option_data": ("ProductOptionData",),
    "product_option_data_config": ("ProductOptionDataConfig",),
    "product_primary_image": ("ProductPrimaryImage",),
    "product_property_update_many_item": (
        "ProductPropertyUpdateManyItem",
        "ProductPropertyUpdateManyItemUpdate",
    ),
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
    "product_sort_order_update_many_item": (
        "ProductSortOrderUpdateManyItem",
        "ProductSortOrderUpdateManyItemUpdate",
    ),
    "product_update_many_item": (
        "ProductUpdateManyItem",
        "ProductUpdateManyItemUpdate",
    ),
    "product_update_option_value_adjusters": (
        "ProductUpdateOptionValueAdjusters",
        "ProductUpdateOptionValueAdjustersUpdate",
    ),
    "product_variant": ("ProductVariant",),
    "product_variant_option_value": (
        "ProductVariantOptionValue",
        "ProductVariantOptionValueCreate",
    ),
    "product_variant_option_value_option_value": (
        "ProductVariantOptionValueOptionValue",
        "ProductVariantOptionValueOptionValueCreate",
    ),
    "product_variant_response": (
        "ProductVariantResponse",
        "ProductVariantResponseCreate",
    ),
    "product_video": (
        "ProductVideo",
        "ProductVideoCreate",
    ),
    "product_video_response": (
        "ProductVideoResponse",
        "ProductVideoResponseCreate",
        "ProductVideoResponseUpdate",
    ),
    "project": ("Project",),
    "promotion_codegen": (
        "PromotionCodegen",
        "PromotionCodegenCreate",
    ),
    "promotion_customer": (
        "PromotionCustomer",
        "PromotionCustomerCreate",
        "PromotionCustomerUpdate",
    ),
    "promotion_setting_update": (
        "PromotionSettingUpdate",
        "PromotionSettingUpdateUpdate",
    ),
    "property": ("Property",),
    "property_create_many_item": (
        "PropertyCreateManyItem",
        "PropertyCreateManyItemCreate",
    ),
    "property_update_many_item": (
        "PropertyUpdateManyItem",
        "PropertyUpdateManyItemUpdate",
    ),
    "provider_connection": ("ProviderConnection",),
    "provider_connection_target": ("ProviderConnectionTarget",),
    "rate_create_many_item": (
        "RateCreateManyItem",
        "RateCreateManyItemCreate",
    ),
    "rate_create_many_item_class_rate": (
        "RateCreateManyItemClassRate",
        "RateCreateManyItemClassRateCreate",
    ),
    "rate_update_many_item": (
        "RateUpdateManyItem",
        "RateUpdateManyItemUpdate",
    ),
    "rate_update_many_item_class_rate": (
        "RateUpdateManyItemClassRate",
        "RateUpdateManyItemClassRateUpdate",
    ),
    "redirect": (
        "Redirect",
        "RedirectCreate",
        "RedirectUpdate",
    ),
    "redirect301_import_export_job": ("Redirect301ImportExportJob",),
    "redirect301_import_export_job_error": ("Redirect301ImportExportJobError",),
    "redirect_forward": (
        "RedirectForward",
        "RedirectForwardCreate",
        "RedirectForwardUpdate",
    ),
    "redirect_to": (
        "RedirectTo",
        "RedirectToUpdate",
    ),
    "redirect_upsert_item": (
        "RedirectUpsertItem",
        "RedirectUpsertItemUpdate",
    ),
    "reference": ("Reference",),
    "refund": ("Refund",),
    "refund_item": ("RefundItem",),
    "refund_item_adjustment": (
        "RefundItemAdjustment",
        "RefundItemAdjustmentCreate",
    ),
    "refund_payment": ("RefundPayment",),
    "refund_quote": ("RefundQuote",),
    "region": (
        "Region",
        "RegionCreate",
    ),
    "region_children": (
        "RegionChildren",
        "RegionChildrenCreate",
    ),
    "resource_link": ("ResourceLink",),
    "rule": (
        "Rule",
        "RuleCreate",
        "RuleUpdate",
    ),
    "saved_coupon_promotion": ("SavedCouponPromotion",),
    "saved_coupon_promotion_multiple_codes": ("SavedCouponPromotionMultipleCodes",),
    "scratch": ("Scratch",),
    "script": ("Script",),
    "search_area": (
        "SearchArea",
        "SearchAreaCreate",
    ),
    "search_area_radius": (
        "SearchAreaRadius",
        "SearchAreaRadiusCreate",
    ),
    "search_filter_override_context_identifier": (
        "SearchFilterOverrideContextIdentifier",
        "SearchFilterOverrideContextIdentifierUpdate",
    ),
    "search_filter_update_many_item": (
        "SearchFilterUpdateManyItem",
        "SearchFilterUpdateManyItemUpdate",
    ),
    "segment": ("Segment",),
    "segment_create_many_item": (
        "SegmentCreateManyItem",
        "SegmentCreateManyItemCreate",
    ),
    "segment_update_many_item": (
        "SegmentUpdateManyItem",
        "SegmentUpdateManyItemUpdate",
    ),
    "setting": ("Setting",),
    "setting_channel": ("SettingChannel",),
    "setting_channel_update_data": (
        "SettingChannelUpdateData",
        "SettingChannelUpdateDataUpdate",
    ),
    "setting_channel_update_variant": (
        "SettingChannelUpdateVariant",
        "SettingChannelUpdateVariantUpdate",
    ),
    "setting_notifications": (
        "SettingNotifications",
        "SettingNotificationsUpdate",
    ),
    "setting_notifications_order_placed": (
        "SettingNotificationsOrderPlaced",
        "SettingNotificationsOrderPlacedUpdate",
    ),
    "setting_update_data": (
        "SettingUpdateData",
        "SettingUpdateDataUpdate",
    ),
    "setting_update_data_checkout": (
        "SettingUpdateDataCheckout",
        "SettingUpdateDataCheckoutUpdate",
    ),
    "setting_update_variant_privacy_settings": (
        "SettingUpdateVariantPrivacySettings",
        "SettingUpdateVariantPrivacySettingsUpdate",
    ),
    "setting_variant_customer_group_settings": (
        "SettingVariantCustomerGroupSettings",
        "SettingVariantCustomerGroupSettingsUpdate",
    ),
    "shipping_consignment_shipping": ("ShippingConsignmentShipping",),
    "shipping_method": ("ShippingMethod",),
    "shipping_quotes": ("ShippingQuotes",),
    "shipping_setting_channel_update": (
        "ShippingSettingChannelUpdate",
        "ShippingSettingChannelUpdateUpdate",
    ),
    "shipping_setting_channel_update_checkout": (
        "ShippingSettingChannelUpdateCheckout",
        "ShippingSettingChannelUpdateCheckoutUpdate",
    ),
    "shipping_zone": ("ShippingZone",),
    "shipping_zone_free_shipping": ("ShippingZoneFreeShipping",),
    "shipping_zone_locations": ("ShippingZoneLocations",),
    "shopper_profile": ("ShopperProfile",),
    "shopper_profile_create_many_item": (
        "ShopperProfileCreateManyItem",
        "ShopperProfileCreateManyItemCreate",
    ),
    "simple_item_matcher": (
        "SimpleItemMatcher",
        "SimpleItemMatcherCreate",
        "SimpleItemMatcherUpdate",
    ),
    "simple_transaction": ("SimpleTransaction",),
    "site": ("Site",),
    "site_certificate": ("SiteCertificate",),
    "site_certificate_upsert": (
        "SiteCertificateUpsert",
        "SiteCertificateUpsertUpdate",
    ),
    "site_route_create": (
        "SiteRouteCreate",
        "SiteRouteCreateCreate",
    ),
    "site_route_update": (
        "SiteRouteUpdate",
        "SiteRouteUpdateUpdate",
    ),
    "site_route_update_many_item": (
        "SiteRouteUpdateManyItem",
        "SiteRouteUpdateManyItemUpdate",
    ),
    "store_app_uninstalled": ("StoreAppUninstalled",),
    "store_app_uninstalled_data": ("StoreAppUninstalledData",),
    "store_cart_abandoned": ("StoreCartAbandoned",),
    "store_cart_abandoned_data": ("StoreCartAbandonedData",),
    "store_cart_converted": ("StoreCartConverted",),
    "store_cart_converted_data": ("StoreCartConvertedData",),
    "store_cart_coupon_applied": ("StoreCartCouponApplied",),
    "store_cart_coupon_applied_data": ("StoreCartCouponAppliedData",),
    "store_cart_created": ("StoreCartCreated",),
    "store_cart_created_data": ("StoreCartCreatedData",),
    "store_cart_line_item_created": ("StoreCartLineItemCreated",),
    "store_cart_line_item_created_data": ("StoreCartLineItemCreatedData",),
    "store_channel_created": ("StoreChannelCreated",),
    "store_channel_created_data": ("StoreChannelCreatedData",),
    "store_credit": ("StoreCredit",),
    "store_customer_address_created": ("StoreCustomerAddressCreated",),
    "store_customer_address_created_data": ("StoreCustomerAddressCreatedData",),
    "store_customer_address_created_data_address": ("StoreCustomerAddressCreatedDataAddress",),
    "store_date_format": ("StoreDateFormat",),
    "store_features": ("StoreFeatures",),
    "store_information": ("StoreInformation",),
    "store_inventory_updated_data_inventory": ("StoreInventoryUpdatedDataInventory",),
    "store_locale_update": (
        "StoreLocaleUpdate",
        "StoreLocaleUpdateUpdate",
    ),
    "store_order_created": ("StoreOrderCreated",),
    "store_order_message_created": ("StoreOrderMessageCreated",),
    "store_order_message_created_data": ("StoreOrderMessageCreatedData",),
    "store_order_message_created_data_message": ("StoreOrderMessageCreatedDataMessage",),
    "store_order_refund_created": ("StoreOrderRefundCreated",),
    "store_order_refund_created_data": ("StoreOrderRefundCreatedData",),
    "store_order_refund_created_data_refund": ("StoreOrderRefundCreatedDataRefund",),
    "store_order_status_updated": ("StoreOrderStatusUpdated",),
    "store_order_status_updated_data": ("StoreOrderStatusUpdatedData",),
    "store_order_status_updated_data_status": ("StoreOrderStatusUpdatedDataStatus",),
    "store_product_inventory_updated": ("StoreProductInventoryUpdated",),
    "store_product_inventory_updated_data": ("StoreProductInventoryUpdatedData",),
    "store_profile_update": (
        "StoreProfileUpdate",
        "StoreProfileUpdateUpdate",
    ),
    "store_shipment_created": ("StoreShipmentCreated",),
    "store_shipment_created_data": ("StoreShipmentCreatedData",),
    "store_sku_created": ("StoreSkuCreated",),
    "store_sku_created_data": ("StoreSkuCreatedData",),
    "store_sku_created_data_sku": ("StoreSkuCreatedDataSku",),
    "store_sku_inventory_updated": ("StoreSkuInventoryUpdated",),
    "store_sku_inventory_updated_data": ("StoreSkuInventoryUpdatedData",),
    "store_sku_inventory_updated_data_inventory": ("StoreSkuInventoryUpdatedDataInventory",),
    "store_storefront_limits": ("StoreStorefrontLimits",),
    "store_time": ("StoreTime",),
    "store_timezone": ("StoreTimezone",),
    "store_units_of_measurement_update": (
        "StoreUnitsOfMeasurementUpdate",
        "StoreUnitsOfMeasurementUpdateUpdate",
    ),
    "storefront_category_update": (
        "StorefrontCategoryUpdate",
        "StorefrontCategoryUpdateUpdate",
    ),
    "storefront_product_update": (
        "StorefrontProductUpdate",
        "StorefrontProductUpdateUpdate",
    ),
    "storefront_robotstxt_update": (
        "StorefrontRobotstxtUpdate",
        "StorefrontRobotstxtUpdateUpdate",
    ),
    "storefront_search_update": (
        "StorefrontSearchUpdate",
        "StorefrontSearchUpdateUpdate",
    ),
    "storefront_security_update": (
        "StorefrontSecurityUpdate",
        "StorefrontSecurityUpdateUpdate",
    ),
    "storefront_security_update_csp_header": (
        "StorefrontSecurityUpdateCspHeader",
        "StorefrontSecurityUpdateCspHeaderUpdate",
    ),
    "storefront_security_update_hsts": (
        "StorefrontSecurityUpdateHsts",
        "StorefrontSecurityUpdateHstsUpdate",
    ),
    "storefront_seo_update": (
        "StorefrontSeoUpdate",
        "StorefrontSeoUpdateUpdate",
    ),
    "storefront_status_update": (
        "StorefrontStatusUpdate",
        "StorefrontStatusUpdateUpdate",
    ),
    "storefront_update_x_frame_options_header": (
        "StorefrontUpdateXFrameOptionsHeader",
        "StorefrontUpdateXFrameOptionsHeaderUpdate",
    ),
    "subscriber": ("Subscriber",),
    "success_no_content": ("SuccessNoContent",),
    "summary": ("Summary",),
    "system_log": ("SystemLog",),
    "tax_class": ("TaxClass",),
    "tax_class_batch_post_item": (
        "TaxClassBatchPostItem",
        "TaxClassBatchPostItemCreate",
    ),
    "tax_class_resource": ("TaxClassResource",),
    "tax_price": ("TaxPrice",),
    "tax_rate": ("TaxRate",),
    "tax_rate_class_rate": ("TaxRateClassRate",),
    "tax_setting_update": (
        "TaxSettingUpdate",
        "TaxSettingUpdateUpdate",
    ),
    "tax_setting_update_price_display_settings": (
        "TaxSettingUpdatePriceDisplaySettings",
        "TaxSettingUpdatePriceDisplaySettingsUpdate",
    ),
    "tax_zone": ("TaxZone",),
    "tax_zone_price_display_settings": ("TaxZonePriceDisplaySettings",),
    "tax_zone_shopper_target_settings": ("TaxZoneShopperTargetSettings",),
    "tax_zone_shopper_target_settings_location": ("TaxZoneShopperTargetSettingsLocation",),
    "tax_zonecheck_item": (
        "TaxZonecheckItem",
        "TaxZonecheckItemCreate",
    ),
    "template": (
        "Template",
        "TemplateCreate",
        "TemplateUpdate",
    ),
    "theme": ("Theme",),
    "theme_action_activate": (
        "ThemeActionActivate",
        "ThemeActionActivateCreate",
    ),
    "theme_action_download": (
        "ThemeActionDownload",
        "ThemeActionDownloadCreate",
    ),
    "theme_configuration": ("ThemeConfiguration",),
    "theme_configuration_validate": (
        "ThemeConfigurationValidate",
        "ThemeConfigurationValidateCreate",
    ),
    "theme_custom_template": ("ThemeCustomTemplate",),
    "token": ("Token",),
    "transaction": ("Transaction",),
    "transaction_custom_provider_field_result": ("TransactionCustomProviderFieldResult",),
    "translation_definition": (
        "TranslationDefinition",
        "TranslationDefinitionCreate",
        "TranslationDefinitionUpdate",
    ),
    "tree_category_create_many_item": (
        "TreeCategoryCreateManyItem",
        "TreeCategoryCreateManyItemCreate",
    ),
    "tree_category_update_many_item": (
        "TreeCategoryUpdateManyItem",
        "TreeCategoryUpdateManyItemUpdate",
    ),
    "tree_upsert_item": (
        "TreeUpsertItem",
        "TreeUpsertItemUpdate",
    ),
    "upload_signature": ("UploadSignature",),
    "url": ("Url",),
    "v2_form_field": ("V2FormField",),
    "v2_order_shipping_address": ("V2OrderShippingAddress",),
    "v2_shipping_address_update": (
        "V2ShippingAddressUpdate",
        "V2ShippingAddressUpdateUpdate",
    ),
    "v2_shipping_method": ("V2ShippingMethod",),
    "v2_zone_method_create": (
        "V2ZoneMethodCreate",
        "V2ZoneMethodCreateCreate",
        "V2ZoneMethodCreateUpdate",
    ),
    "v3_abandoned_cart_email_create": (
        "V3AbandonedCartEmailCreate",
        "V3AbandonedCartEmailCreateCreate",
        "V3AbandonedCartEmailCreateUpdate",
    ),
    "v3_billing_address": ("V3BillingAddress",),
    "v3_brand": ("V3Brand",),
    "v3_brand_create_body": (
        "V3BrandCreateBody",
        "V3BrandCreateBodyCreate",
    ),
    "v3_brand_metafield_update": (
        "V3BrandMetafieldUpdate",
        "V3BrandMetafieldUpdateUpdate",
    ),
    "v3_brand_update_body": (
        "V3BrandUpdateBody",
        "V3BrandUpdateBodyUpdate",
    ),
    "v3_cart_create": (
        "V3CartCreate",
        "V3CartCreateCreate",
    ),
    "v3_cart_redirect_url_create": (
        "V3CartRedirectUrlCreate",
        "V3CartRedirectUrlCreateCreate",
    ),
    "v3_cart_update": (
        "V3CartUpdate",
        "V3CartUpdateUpdate",
    ),
    "v3_category": ("V3Category",),
    "v3_category_create_body": (
        "V3CategoryCreateBody",
        "V3CategoryCreateBodyCreate",
    ),
    "v3_category_update_body": (
        "V3CategoryUpdateBody",
        "V3CategoryUpdateBodyUpdate",
    ),
    "v3_channel_create": (
        "V3ChannelCreate",
        "V3ChannelCreateCreate",
    ),
    "v3_channel_menus_create": (
        "V3ChannelMenusCreate",
        "V3ChannelMenusCreateCreate",
    ),
    "v3_channel_update": (
        "V3ChannelUpdate",
        "V3ChannelUpdateUpdate",
    ),
    "v3_checkout_billing_address_create": (
        "V3CheckoutBillingAddressCreate",
        "V3CheckoutBillingAddressCreateCreate",
        "V3CheckoutBillingAddressCreateUpdate",
    ),
    "v3_checkout_consignment_update": (
        "V3CheckoutConsignmentUpdate",
        "V3CheckoutConsignmentUpdateUpdate",
    ),
    "v3_checkout_fee_update": (
        "V3CheckoutFeeUpdate",
        "V3CheckoutFeeUpdateUpdate",
    ),
    "v3_checkout_token_create": (
        "V3CheckoutTokenCreate",
        "V3CheckoutTokenCreateCreate",
    ),
    "v3_checkout_update": (
        "V3CheckoutUpdate",
        "V3CheckoutUpdateUpdate",
    ),
    "v3_currency": ("V3Currency",),
    "v3_customer": ("V3Customer",),
    "v3_customer_address": ("V3CustomerAddress",),
    "v3_customer_authentication": (
        "V3CustomerAuthentication",
        "V3CustomerAuthenticationCreate",
        "V3CustomerAuthenticationUpdate",
    ),
    "v3_gift_certificate": ("V3GiftCertificate",),
    "v3_hook_admin_update": (
        "V3HookAdminUpdate",
        "V3HookAdminUpdateUpdate",
    ),
    "v3_metafield_create": (
        "V3MetafieldCreate",
        "V3MetafieldCreateCreate",
        "V3MetafieldCreateUpdate",
    ),
    "v3_not_found": ("V3NotFound",),
    "v3_option_create": (
        "V3OptionCreate",
        "V3OptionCreateCreate",
    ),
    "v3_option_value": ("V3OptionValue",),
    "v3_option_value_create_body": (
        "V3OptionValueCreateBody",
        "V3OptionValueCreateBodyCreate",
    ),
    "v3_option_value_update_body": (
        "V3OptionValueUpdateBody",
        "V3OptionValueUpdateBodyUpdate",
    ),
    "v3_order": ("V3Order",),
    "v3_page": ("V3Page",),
    "v3_page_widget_create": (
        "V3PageWidgetCreate",
        "V3PageWidgetCreateCreate",
    ),
    "v3_payment": (
        "V3Payment",
        "V3PaymentCreate",
    ),
    "v3_payment_action_refund_create": (
        "V3PaymentActionRefundCreate",
        "V3PaymentActionRefundCreateCreate",
    ),
    "v3_payment_method": ("V3PaymentMethod",),
    "v3_placement_create": (
        "V3PlacementCreate",
        "V3PlacementCreateCreate",
    ),
    "v3_placement_update": (
        "V3PlacementUpdate",
        "V3PlacementUpdateUpdate",
    ),
    "v3_price_list_create": (
        "V3PriceListCreate",
        "V3PriceListCreateCreate",
        "V3PriceListCreateUpdate",
    ),
    "v3_price_list_record_update": (
        "V3PriceListRecordUpdate",
        "V3PriceListRecordUpdateUpdate",
    ),
    "v3_product": ("V3Product",),
    "v3_product_create_body": (
        "V3ProductCreateBody",
        "V3ProductCreateBodyCreate",
    ),
    "v3_product_custom_field": (
        "V3ProductCustomField",
        "V3ProductCustomFieldCreate",
        "V3ProductCustomFieldUpdate",
    ),
    "v3_product_custom_field_create_body": (
        "V3ProductCustomFieldCreateBody",
        "V3ProductCustomFieldCreateBodyCreate",
    ),
    "v3_product_custom_field_update_body": (
        "V3ProductCustomFieldUpdateBody",
        "V3ProductCustomFieldUpdateBodyUpdate",
    ),
    "v3_product_image": ("V3ProductImage",),
    "v3_product_image_create_body": (
        "V3ProductImageCreateBody",
        "V3ProductImageCreateBodyCreate",
        "V3ProductImageCreateBodyUpdate",
    ),
    "v3_product_modifier_create": (
        "V3ProductModifierCreate",
        "V3ProductModifierCreateCreate",
    ),
    "v3_product_modifier_update": (
        "V3ProductModifierUpdate",
        "V3ProductModifierUpdateUpdate",
    ),
    "v3_product_option": ("V3ProductOption",),
    "v3_product_option_create_body": (
        "V3ProductOptionCreateBody",
        "V3ProductOptionCreateBodyCreate",
    ),
    "v3_product_option_update_body": (
        "V3ProductOptionUpdateBody",
        "V3ProductOptionUpdateBodyUpdate",
    ),
    "v3_product_primary_image": ("V3ProductPrimaryImage",),
    "v3_product_review": ("V3ProductReview",),
    "v3_product_review_create_body": (
        "V3ProductReviewCreateBody",
        "V3ProductReviewCreateBodyCreate",
        "V3ProductReviewCreateBodyUpdate",
    ),
    "v3_product_update_body": (
        "V3ProductUpdateBody",
        "V3ProductUpdateBodyUpdate",
    ),
    "v3_product_variant_create": (
        "V3ProductVariantCreate",
        "V3ProductVariantCreateCreate",
    ),
    "v3_product_variant_update": (
        "V3ProductVariantUpdate",
        "V3ProductVariantUpdateUpdate",
    ),
    "v3_product_video": ("V3ProductVideo",),
    "v3_product_video_create_body": (
        "V3ProductVideoCreateBody",
        "V3ProductVideoCreateBodyCreate",
    ),
    "v3_product_video_update_body": (
        "V3ProductVideoUpdateBody",
        "V3ProductVideoUpdateBodyUpdate",
    ),
    "v3_project_create": (
        "V3ProjectCreate",
        "V3ProjectCreateCreate",
    ),
    "v3_promotion_code_create": (
        "V3PromotionCodeCreate",
        "V3PromotionCodeCreateCreate",
    ),
    "v3_promotion_create": (
        "V3PromotionCreate",
        "V3PromotionCreateCreate",
    ),
    "v3_promotion_update": (
        "V3PromotionUpdate",
        "V3PromotionUpdateUpdate",
    ),
    "v3_provider_connection_update": (
        "V3ProviderConnectionUpdate",
        "V3ProviderConnectionUpdateUpdate",
    ),
    "v3_redirect": ("V3Redirect",),
    "v3_script_create": (
        "V3ScriptCreate",
        "V3ScriptCreateCreate",
    ),
    "v3_script_update": (
        "V3ScriptUpdate",
        "V3ScriptUpdateUpdate",
    ),
    "v3_setting_channel_update": (
        "V3SettingChannelUpdate",
        "V3SettingChannelUpdateUpdate",
    ),
    "v3_setting_update": (
        "V3SettingUpdate",
        "V3SettingUpdateUpdate",
    ),
    "v3_site_create": (
        "V3SiteCreate",
        "V3SiteCreateCreate",
    ),
    "v3_site_update": (
        "V3SiteUpdate",
        "V3SiteUpdateUpdate",
    ),
    "v3_theme_create": (
        "V3ThemeCreate",
        "V3ThemeCreateCreate",
    ),
    "v3_webhook": ("V3Webhook",),
    "v3_widget_create": (
        "V3WidgetCreate",
        "V3WidgetCreateCreate",
    ),
    "v3_widget_template_create": (
        "V3WidgetTemplateCreate",
        "V3WidgetTemplateCreateCreate",
    ),
    "v3_widget_template_update": (
        "V3WidgetTemplateUpdate",
        "V3WidgetTemplateUpdateUpdate",
    ),
    "v3_widget_update": (
        "V3WidgetUpdate",
        "V3WidgetUpdateUpdate",
    ),
    "v3_wishlist_create": (
        "V3WishlistCreate",
        "V3WishlistCreateCreate",
    ),
    "v3_wishlist_item_create": (
        "V3WishlistItemCreate",
        "V3WishlistItemCreateCreate",
    ),
    "v3_wishlist_update": (
        "V3WishlistUpdate",
        "V3WishlistUpdateUpdate",
    ),
    "validate_customer_credentials": ("ValidateCustomerCredentials",),
    "validate_password": ("ValidatePassword",),
    "variant": ("Variant",),
    "variant_image_create": (
        "VariantImageCreate",
        "VariantImageCreateCreate",
    ),
    "variant_metafield": ("VariantMetafield",),
    "variant_option_value": ("VariantOptionValue",),
    "variant_update_many_item": (
        "VariantUpdateManyItem",
        "VariantUpdateManyItemUpdate",
    ),
    "variation": ("Variation",),
    "webhook": (
        "Webhook",
        "WebhookCreate",
        "WebhookUpdate",
    ),
    "widget": ("Widget",),
    "widget_alt": (
        "WidgetAlt",
        "WidgetAltCreate",
    ),
    "widget_array_schema_setting_conditional": (
        "WidgetArraySchemaSettingConditional",
        "WidgetArraySchemaSettingConditionalCreate",
        "WidgetArraySchemaSettingConditionalUpdate",
    ),
    "widget_schema_array_schema": (
        "WidgetSchemaArraySchema",
        "WidgetSchemaArraySchemaCreate",
        "WidgetSchemaArraySchemaUpdate",
    ),
    "widget_schema_array_schema_section": (
        "WidgetSchemaArraySchemaSection",
        "WidgetSchemaArraySchemaSectionCreate",
        "WidgetSchemaArraySchemaSectionUpdate",
    ),
    "widget_schema_array_schema_setting": (
        "WidgetSchemaArraySchemaSetting",
        "WidgetSchemaArraySchemaSettingCreate",
        "WidgetSchemaArraySchemaSettingUpdate",
    ),
    "widget_schema_array_schema_setting_type_meta": (
        "WidgetSchemaArraySchemaSettingTypeMeta",
        "WidgetSchemaArraySchemaSettingTypeMetaCreate",
        "WidgetSchemaArraySchemaSettingTypeMetaUpdate",
    ),
    "widget_schema_array_thumbnail": (
        "WidgetSchemaArrayThumbnail",
        "WidgetSchemaArrayThumbnailCreate",
        "WidgetSchemaArrayThumbnailUpdate",
    ),
    "widget_schema_setting_type_meta_select_option": (
        "WidgetSchemaSettingTypeMetaSelectOption",
        "WidgetSchemaSettingTypeMetaSelectOptionCreate",
        "WidgetSchemaSettingTypeMetaSelectOptionUpdate",
    ),
    "widget_template": ("WidgetTemplate",),
    "widget_template_preview": (
        "WidgetTemplatePreview",
        "WidgetTemplatePreviewCreate",
    ),
    "widget_template_preview_response_data": ("WidgetTemplatePreviewResponseData",),
    "widget_template_schema": (
        "WidgetTemplateSchema",
        "WidgetTemplateSchemaCreate",
        "WidgetTemplateSchemaUpdate",
    ),
    "wishlist": ("Wishlist",),
    "wishlist_item": ("WishlistItem",),
    "wishlist_item_create_item": (
        "WishlistItemCreateItem",
        "WishlistItemCreateItemCreate",
    ),
    "wishlist_update_item": (
        "WishlistUpdateItem",
        "WishlistUpdateItemUpdate",
    ),
    "zone_create": (
        "ZoneCreate",
        "ZoneCreateCreate",
    ),
    "zone_create_free_shipping": (
        "ZoneCreateFreeShipping",
        "ZoneCreateFreeShippingCreate",
        "ZoneCreateFreeShippingUpdate",
    ),
    "zone_create_handling_fees": (
        "ZoneCreateHandlingFees",
        "ZoneCreateHandlingFeesCreate",
        "ZoneCreateHandlingFeesUpdate",
    ),
    "zone_create_location": (
        "ZoneCreateLocation",
        "ZoneCreateLocationCreate",
        "ZoneCreateLocationUpdate",
    ),
    "zone_create_many_item": (
        "ZoneCreateManyItem",
        "ZoneCreateManyItemCreate",
    ),
    "zone_create_many_item_price_display_settings": (
        "ZoneCreateManyItemPriceDisplaySettings",
        "ZoneCreateManyItemPriceDisplaySettingsCreate",
    ),
    "zone_create_many_item_shopper_target_settings": (
        "ZoneCreateManyItemShopperTargetSettings",
        "ZoneCreateManyItemShopperTargetSettingsCreate",
    ),
    "zone_item_shopper_target_settings_location": (
        "ZoneItemShopperTargetSettingsLocation",
        "ZoneItemShopperTargetSettingsLocationCreate",
        "ZoneItemShopperTargetSettingsLocationUpdate",
    ),
    "zone_method": ("ZoneMethod",),
    "zone_method_create_handling_fees": (
        "ZoneMethodCreateHandlingFees",
        "ZoneMethodCreateHandlingFeesCreate",
        "ZoneMethodCreateHandlingFeesUpdate",
    ),
    "zone_method_create_settings": (
        "ZoneMethodCreateSettings",
        "ZoneMethodCreateSettingsCreate",
        "ZoneMethodCreateSettingsUpdate",
    ),
    "zone_method_handling_fees": ("ZoneMethodHandlingFees",),
    "zone_update": (
        "ZoneUpdate",
        "ZoneUpdateUpdate",
    ),
    "zone_update_many_item": (
        "ZoneUpdateManyItem",
        "ZoneUpdateManyItemUpdate",
    ),
    "zone_update_many_item_price_display_settings": (
        "ZoneUpdateManyItemPriceDisplaySettings",
        "ZoneUpdateManyItemPriceDisplaySettingsUpdate",
    ),
    "zone_update_many_item_shopper_target_settings": (
        "ZoneUpdateManyItemShopperTargetSettings",
        "ZoneUpdateManyItemShopperTargetSettingsUpdate",
    ),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}
#: key -> the class's own name, where they differ (an imported model named for its public name)
_CLASSES: dict[str, str] = {
    "V2FormField": "FormField",
    "V2OrderShippingAddress": "OrderShippingAddress",
    "V2ShippingMethod": "ShippingMethod",
    "V3BillingAddress": "BillingAddress",
    "V3Brand": "Brand",
    "V3Category": "Category",
    "V3Currency": "Currency",
    "V3Customer": "Customer",
    "V3CustomerAddress": "CustomerAddress",
    "V3CustomerAuthentication": "CustomerAuthentication",
    "V3GiftCertificate": "GiftCertificate",
    "V3NotFound": "NotFound",
    "V3OptionValue": "OptionValue",
    "V3Order": "Order",
    "V3Page": "Page",
    "V3Payment": "Payment",
    "V3PaymentMethod": "PaymentMethod",
    "V3Product": "Product",
    "V3ProductCustomField": "ProductCustomField",
    "V3ProductImage": "ProductImage",
    "V3ProductOption": "ProductOption",
    "V3ProductPrimaryImage": "ProductPrimaryImage",
    "V3ProductReview": "ProductReview",
    "V3ProductVideo": "ProductVideo",
    "V3Redirect": "Redirect",
    "V3SettingChannelUpdate": "SettingChannelUpdate",
    "V3Webhook": "Webhook",
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
    return getattr(importlib.import_module(f".{module}", __name__), _CLASSES.get(name, name))


def __dir__() -> list[str]:
    return list(__all__)
