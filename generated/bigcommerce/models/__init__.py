# Generated from spec/ by codegen (`make generate`); do not edit.
"""Every model, loaded on first use: `from bigcommerce.models import Product`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abandonded_cart_email import AbandondedCartEmail
    from .abandonded_cart_email_payload import (
        AbandondedCartEmailPayload,
        AbandondedCartEmailPayloadCreate,
        AbandondedCartEmailPayloadUpdate,
    )
    from .abandoned_cart_emails_v3_abandoned_cart_settings import (
        AbandonedCartEmailsV3AbandonedCartSettings,
        AbandonedCartEmailsV3AbandonedCartSettingsUpdate,
    )
    from .abandoned_cart_info_full import AbandonedCartInfoFull
    from .abandoned_carts_v3_abandoned_cart_settings import AbandonedCartsV3AbandonedCartSettings
    from .access_tokens_payments_v3_order import (
        AccessTokensPaymentsV3Order,
        AccessTokensPaymentsV3OrderCreate,
    )
    from .action import Action, ActionCreate, ActionUpdate
    from .activate import Activate, ActivateCreate
    from .active_theme import ActiveTheme
    from .add_checkout_discount_request import (
        AddCheckoutDiscountRequest,
        AddCheckoutDiscountRequestCreate,
    )
    from .add_checkout_discount_request_cart import (
        AddCheckoutDiscountRequestCart,
        AddCheckoutDiscountRequestCartCreate,
    )
    from .add_checkout_discount_request_cart_discounts_item import (
        AddCheckoutDiscountRequestCartDiscountsItem,
        AddCheckoutDiscountRequestCartDiscountsItemCreate,
    )
    from .add_checkout_discount_request_cart_line_items_item import (
        AddCheckoutDiscountRequestCartLineItemsItem,
        AddCheckoutDiscountRequestCartLineItemsItemCreate,
    )
    from .add_fees_request import AddFeesRequest, AddFeesRequestCreate
    from .address_collection_response_data_item import AddressCollectionResponseDataItem
    from .address_collection_response_post_put_response_data_item import (
        AddressCollectionResponsePostPutResponseDataItem,
    )
    from .address_full import AddressFull
    from .address_matcher import AddressMatcher, AddressMatcherCreate, AddressMatcherUpdate
    from .address_post import AddressPost, AddressPostCreate
    from .address_properties import (
        AddressProperties,
        AddressPropertiesCreate,
        AddressPropertiesUpdate,
    )
    from .address_properties_custom_fields_item import (
        AddressPropertiesCustomFieldsItem,
        AddressPropertiesCustomFieldsItemCreate,
        AddressPropertiesCustomFieldsItemUpdate,
    )
    from .address_put import AddressPut, AddressPutUpdate
    from .adjuster_full import AdjusterFull
    from .adjusters_full import AdjustersFull
    from .adjusters_full_purchasing_disabled import AdjustersFullPurchasingDisabled
    from .adjustments_absolute_request import (
        AdjustmentsAbsoluteRequest,
        AdjustmentsAbsoluteRequestUpdate,
    )
    from .adjustments_absolute_request_items_item import (
        AdjustmentsAbsoluteRequestItemsItem,
        AdjustmentsAbsoluteRequestItemsItemUpdate,
    )
    from .adjustments_relative_request import (
        AdjustmentsRelativeRequest,
        AdjustmentsRelativeRequestCreate,
    )
    from .adjustments_relative_request_items_item import (
        AdjustmentsRelativeRequestItemsItem,
        AdjustmentsRelativeRequestItemsItemCreate,
    )
    from .analytics_provider import AnalyticsProvider
    from .assignment_for_get_response import AssignmentForGetResponse
    from .assignment_for_put_request import AssignmentForPutRequest, AssignmentForPutRequestUpdate
    from .assignment_for_put_response_data import AssignmentForPutResponseData
    from .assignments_for_request import AssignmentsForRequest, AssignmentsForRequestCreate
    from .attribute_full import AttributeFull
    from .attribute_post import AttributePost, AttributePostCreate
    from .attribute_put import AttributePut, AttributePutUpdate
    from .attribute_value_base import AttributeValueBase, AttributeValueBaseUpdate
    from .availability_by_week_day import (
        AvailabilityByWeekDay,
        AvailabilityByWeekDayCreate,
        AvailabilityByWeekDayUpdate,
    )
    from .available_filter import AvailableFilter
    from .available_item import AvailableItem
    from .banner import Banner, BannerCreate, BannerUpdate
    from .base_fee import BaseFee, BaseFeeCreate
    from .base_pickup_method import BasePickupMethod, BasePickupMethodCreate
    from .billing_address import BillingAddress
    from .blackout_hours_item import (
        BlackoutHoursItem,
        BlackoutHoursItemCreate,
        BlackoutHoursItemUpdate,
    )
    from .blog_post import BlogPost, BlogPostCreate, BlogPostUpdate
    from .blog_tags_item import BlogTagsItem
    from .brand import Brand, BrandCreate, BrandUpdate
    from .brand_full import BrandFull
    from .brands_catalog_v3_custom_url_full import BrandsCatalogV3CustomUrlFull
    from .brands_catalog_v3_metafield import BrandsCatalogV3Metafield
    from .brands_catalog_v3_metafield_base import (
        BrandsCatalogV3MetafieldBase,
        BrandsCatalogV3MetafieldBaseCreate,
        BrandsCatalogV3MetafieldBaseUpdate,
    )
    from .brands_catalog_v3_metafield_full import BrandsCatalogV3MetafieldFull
    from .bulk_coupon_code import BulkCouponCode
    from .bulk_coupon_codes_response_data import BulkCouponCodesResponseData
    from .bulk_pricing_rule_full import BulkPricingRuleFull, BulkPricingRuleFullCreate
    from .bulk_pricing_tier_tax_discount_amount_item import BulkPricingTierTaxDiscountAmountItem
    from .callback_category_data_data import CallbackCategoryDataData
    from .carrier_connection import (
        CarrierConnection,
        CarrierConnectionCreate,
        CarrierConnectionUpdate,
    )
    from .cart_condition import CartCondition, CartConditionCreate, CartConditionUpdate
    from .cart_condition_cart import (
        CartConditionCart,
        CartConditionCartCreate,
        CartConditionCartUpdate,
    )
    from .cart_create_post_data import CartCreatePostData, CartCreatePostDataCreate
    from .cart_create_post_data_currency import (
        CartCreatePostDataCurrency,
        CartCreatePostDataCurrencyCreate,
    )
    from .cart_create_post_data_gift_certificates_item import (
        CartCreatePostDataGiftCertificatesItem,
        CartCreatePostDataGiftCertificatesItemCreate,
    )
    from .cart_create_post_data_gift_certificates_item_recipient import (
        CartCreatePostDataGiftCertificatesItemRecipient,
        CartCreatePostDataGiftCertificatesItemRecipientCreate,
    )
    from .cart_create_post_data_gift_certificates_item_sender import (
        CartCreatePostDataGiftCertificatesItemSender,
        CartCreatePostDataGiftCertificatesItemSenderCreate,
    )
    from .cart_create_post_data_line_items_item import (
        CartCreatePostDataLineItemsItem,
        CartCreatePostDataLineItemsItemCreate,
    )
    from .cart_full import CartFull
    from .cart_full_currency import CartFullCurrency
    from .cart_full_discounts_item import CartFullDiscountsItem
    from .cart_full_promotions import CartFullPromotions
    from .cart_full_promotions_banners import CartFullPromotionsBanners
    from .cart_items_action_cart_items import (
        CartItemsActionCartItems,
        CartItemsActionCartItemsCreate,
        CartItemsActionCartItemsUpdate,
    )
    from .cart_line_item_delete import CartLineItemDelete, CartLineItemDeleteCreate
    from .cart_line_item_update_post import CartLineItemUpdatePost, CartLineItemUpdatePostCreate
    from .cart_line_item_update_post_gift_certificates_item import (
        CartLineItemUpdatePostGiftCertificatesItem,
        CartLineItemUpdatePostGiftCertificatesItemCreate,
    )
    from .cart_line_item_update_post_gift_certificates_item_recipient import (
        CartLineItemUpdatePostGiftCertificatesItemRecipient,
        CartLineItemUpdatePostGiftCertificatesItemRecipientCreate,
    )
    from .cart_line_item_update_post_gift_certificates_item_sender import (
        CartLineItemUpdatePostGiftCertificatesItemSender,
        CartLineItemUpdatePostGiftCertificatesItemSenderCreate,
    )
    from .cart_line_item_update_post_line_items_item import (
        CartLineItemUpdatePostLineItemsItem,
        CartLineItemUpdatePostLineItemsItemCreate,
    )
    from .cart_line_item_update_put import CartLineItemUpdatePut, CartLineItemUpdatePutUpdate
    from .cart_line_item_update_put_gift_certificates_item import (
        CartLineItemUpdatePutGiftCertificatesItem,
        CartLineItemUpdatePutGiftCertificatesItemUpdate,
    )
    from .cart_line_item_update_put_gift_certificates_item_recipient import (
        CartLineItemUpdatePutGiftCertificatesItemRecipient,
        CartLineItemUpdatePutGiftCertificatesItemRecipientUpdate,
    )
    from .cart_line_item_update_put_gift_certificates_item_sender import (
        CartLineItemUpdatePutGiftCertificatesItemSender,
        CartLineItemUpdatePutGiftCertificatesItemSenderUpdate,
    )
    from .cart_line_item_update_put_line_item import (
        CartLineItemUpdatePutLineItem,
        CartLineItemUpdatePutLineItemUpdate,
    )
    from .cart_post_custom_item_item import (
        CartPostCustomItemItem,
        CartPostCustomItemItemCreate,
        CartPostCustomItemItemUpdate,
    )
    from .cart_post_modifier_option_selections_item import (
        CartPostModifierOptionSelectionsItem,
        CartPostModifierOptionSelectionsItemCreate,
        CartPostModifierOptionSelectionsItemUpdate,
    )
    from .cart_post_variant_gift_wrapping import (
        CartPostVariantGiftWrapping,
        CartPostVariantGiftWrappingCreate,
        CartPostVariantGiftWrappingUpdate,
    )
    from .cart_post_variant_gift_wrapping_wrap_details_item import (
        CartPostVariantGiftWrappingWrapDetailsItem,
        CartPostVariantGiftWrappingWrapDetailsItemCreate,
        CartPostVariantGiftWrappingWrapDetailsItemUpdate,
    )
    from .cart_redirect_response_data import CartRedirectResponseData
    from .cart_settings import CartSettings
    from .cart_update_put_request_data import (
        CartUpdatePutRequestData,
        CartUpdatePutRequestDataUpdate,
    )
    from .cart_value_action_cart_value import (
        CartValueActionCartValue,
        CartValueActionCartValueCreate,
        CartValueActionCartValueUpdate,
    )
    from .carts_v3_applied_coupon import CartsV3AppliedCoupon
    from .carts_v3_metafield import CartsV3Metafield
    from .catalog_settings import CatalogSettings, CatalogSettingsUpdate
    from .categories_catalog_v3_metafield_full import CategoriesCatalogV3MetafieldFull
    from .categories_catalog_v3_url import CategoriesCatalogV3Url
    from .category import Category, CategoryCreate, CategoryUpdate
    from .category_full import CategoryFull
    from .category_node import CategoryNode
    from .category_trees_catalog_v3_url import (
        CategoryTreesCatalogV3Url,
        CategoryTreesCatalogV3UrlCreate,
        CategoryTreesCatalogV3UrlUpdate,
    )
    from .certificate_response_data import CertificateResponseData
    from .certificate_write import CertificateWrite, CertificateWriteUpdate
    from .channel_abandoned_cart_settings import (
        ChannelAbandonedCartSettings,
        ChannelAbandonedCartSettingsUpdate,
    )
    from .channel_cart_settings import ChannelCartSettings, ChannelCartSettingsUpdate
    from .channel_checkouts_settings import ChannelCheckoutsSettings, ChannelCheckoutsSettingsUpdate
    from .channel_menus_post import ChannelMenusPost, ChannelMenusPostCreate
    from .channel_menus_resp_response_data import ChannelMenusRespResponseData
    from .channel_order_settings import ChannelOrderSettings, ChannelOrderSettingsUpdate
    from .channel_order_settings_notifications import (
        ChannelOrderSettingsNotifications,
        ChannelOrderSettingsNotificationsUpdate,
    )
    from .channel_order_settings_notifications_forward_invoice import (
        ChannelOrderSettingsNotificationsForwardInvoice,
        ChannelOrderSettingsNotificationsForwardInvoiceUpdate,
    )
    from .channel_order_settings_notifications_order_placed import (
        ChannelOrderSettingsNotificationsOrderPlaced,
        ChannelOrderSettingsNotificationsOrderPlacedUpdate,
    )
    from .channel_product_variant_full import ChannelProductVariantFull
    from .channel_product_variant_partial import (
        ChannelProductVariantPartial,
        ChannelProductVariantPartialCreate,
        ChannelProductVariantPartialUpdate,
    )
    from .channel_shipping_settings import ChannelShippingSettings, ChannelShippingSettingsUpdate
    from .channel_shipping_settings_checkout import (
        ChannelShippingSettingsCheckout,
        ChannelShippingSettingsCheckoutUpdate,
    )
    from .channel_with_currencies import ChannelWithCurrencies
    from .channel_without_currencies import ChannelWithoutCurrencies
    from .channels_v3_site import ChannelsV3Site
    from .channels_v3_url import ChannelsV3Url
    from .checkout import Checkout
    from .checkout_billing_address import CheckoutBillingAddress
    from .checkout_billing_address_custom_fields_item import CheckoutBillingAddressCustomFieldsItem
    from .checkout_cart import CheckoutCart
    from .checkout_cart_coupons_item import CheckoutCartCouponsItem
    from .checkout_cart_currency import CheckoutCartCurrency
    from .checkout_cart_discounts_item import CheckoutCartDiscountsItem
    from .checkout_cart_line_items import CheckoutCartLineItems
    from .checkout_cart_line_items_custom_items_item import CheckoutCartLineItemsCustomItemsItem
    from .checkout_cart_line_items_digital_items_item import CheckoutCartLineItemsDigitalItemsItem
    from .checkout_cart_line_items_digital_items_item_discounts_item import (
        CheckoutCartLineItemsDigitalItemsItemDiscountsItem,
    )
    from .checkout_cart_line_items_gift_certificates_item import (
        CheckoutCartLineItemsGiftCertificatesItem,
    )
    from .checkout_cart_line_items_gift_certificates_item_recipient import (
        CheckoutCartLineItemsGiftCertificatesItemRecipient,
    )
    from .checkout_cart_line_items_gift_certificates_item_sender import (
        CheckoutCartLineItemsGiftCertificatesItemSender,
    )
    from .checkout_cart_line_items_physical_items_item import CheckoutCartLineItemsPhysicalItemsItem
    from .checkout_cart_line_items_physical_items_item_discounts_item import (
        CheckoutCartLineItemsPhysicalItemsItemDiscountsItem,
    )
    from .checkout_cart_line_items_physical_items_item_gift_wrapping import (
        CheckoutCartLineItemsPhysicalItemsItemGiftWrapping,
    )
    from .checkout_consignments_item import CheckoutConsignmentsItem
    from .checkout_consignments_item_address import CheckoutConsignmentsItemAddress
    from .checkout_consignments_item_address_custom_fields_item import (
        CheckoutConsignmentsItemAddressCustomFieldsItem,
    )
    from .checkout_consignments_item_available_shipping_options_item import (
        CheckoutConsignmentsItemAvailableShippingOptionsItem,
    )
    from .checkout_consignments_item_coupon_discounts_item import (
        CheckoutConsignmentsItemCouponDiscountsItem,
    )
    from .checkout_consignments_item_discounts_item import CheckoutConsignmentsItemDiscountsItem
    from .checkout_consignments_item_selected_shipping_option import (
        CheckoutConsignmentsItemSelectedShippingOption,
    )
    from .checkout_fee import CheckoutFee
    from .checkout_promotions_item import CheckoutPromotionsItem
    from .checkout_promotions_item_banners_item import CheckoutPromotionsItemBannersItem
    from .checkout_put import CheckoutPut, CheckoutPutUpdate
    from .checkout_taxes_item import CheckoutTaxesItem
    from .checkouts_settings import CheckoutsSettings
    from .checkouts_settings_request import CheckoutsSettingsRequest, CheckoutsSettingsRequestUpdate
    from .checkouts_v3_applied_coupon import CheckoutsV3AppliedCoupon
    from .checkouts_v3_order import CheckoutsV3Order
    from .checkouts_v3_pickup_option import CheckoutsV3PickupOption
    from .complex_rule_base import ComplexRuleBase
    from .complex_rule_condition_base import ComplexRuleConditionBase
    from .condition import Condition, ConditionCreate, ConditionUpdate
    from .conditions_request_item import ConditionsRequestItem, ConditionsRequestItemCreate
    from .configured_filter import ConfiguredFilter, ConfiguredFilterUpdate
    from .configured_filters_override import (
        ConfiguredFiltersOverride,
        ConfiguredFiltersOverrideUpdate,
    )
    from .consent_full import ConsentFull
    from .coordinates import Coordinates, CoordinatesCreate
    from .country import Country
    from .country_address_matcher import (
        CountryAddressMatcher,
        CountryAddressMatcherCreate,
        CountryAddressMatcherUpdate,
    )
    from .country_rule_info import CountryRuleInfo, CountryRuleInfoCreate, CountryRuleInfoUpdate
    from .country_state import CountryState
    from .coupon import Coupon, CouponCreate, CouponUpdate
    from .coupon_applies_to import CouponAppliesTo, CouponAppliesToCreate, CouponAppliesToUpdate
    from .coupon_code import CouponCode, CouponCodeCreate, CouponCodeUpdate
    from .coupon_code_request import CouponCodeRequest, CouponCodeRequestCreate
    from .coupon_restricted_to import (
        CouponRestrictedTo,
        CouponRestrictedToCreate,
        CouponRestrictedToUpdate,
    )
    from .create_brand_image_request import CreateBrandImageRequest, CreateBrandImageRequestCreate
    from .create_brand_image_response_data import CreateBrandImageResponseData
    from .create_brand_request import CreateBrandRequest, CreateBrandRequestCreate
    from .create_brand_request_custom_url import (
        CreateBrandRequestCustomUrl,
        CreateBrandRequestCustomUrlCreate,
    )
    from .create_brand_response_data import CreateBrandResponseData
    from .create_brand_response_data_custom_url import CreateBrandResponseDataCustomUrl
    from .create_brands_metafields_request_item import (
        CreateBrandsMetafieldsRequestItem,
        CreateBrandsMetafieldsRequestItemCreate,
    )
    from .create_bulk_pricing_rule_response_data import CreateBulkPricingRuleResponseData
    from .create_carts_metafields_request_item import (
        CreateCartsMetafieldsRequestItem,
        CreateCartsMetafieldsRequestItemCreate,
    )
    from .create_categories_item import CreateCategoriesItem, CreateCategoriesItemCreate
    from .create_categories_metafields_request_item import (
        CreateCategoriesMetafieldsRequestItem,
        CreateCategoriesMetafieldsRequestItemCreate,
    )
    from .create_category_image_request import (
        CreateCategoryImageRequest,
        CreateCategoryImageRequestCreate,
    )
    from .create_category_image_response_data import CreateCategoryImageResponseData
    from .create_category_request import CreateCategoryRequest, CreateCategoryRequestCreate
    from .create_category_request_custom_url import (
        CreateCategoryRequestCustomUrl,
        CreateCategoryRequestCustomUrlCreate,
    )
    from .create_channel_req import CreateChannelReq, CreateChannelReqCreate
    from .create_checkout_token_request import (
        CreateCheckoutTokenRequest,
        CreateCheckoutTokenRequestCreate,
    )
    from .create_checkout_token_response import CreateCheckoutTokenResponse
    from .create_consignment_request_item import (
        CreateConsignmentRequestItem,
        CreateConsignmentRequestItemCreate,
    )
    from .create_consignment_request_item_address import (
        CreateConsignmentRequestItemAddress,
        CreateConsignmentRequestItemAddressCreate,
    )
    from .create_consignment_request_item_address_custom_fields_item import (
        CreateConsignmentRequestItemAddressCustomFieldsItem,
        CreateConsignmentRequestItemAddressCustomFieldsItemCreate,
    )
    from .create_consignment_request_item_line_items_item import (
        CreateConsignmentRequestItemLineItemsItem,
        CreateConsignmentRequestItemLineItemsItemCreate,
    )
    from .create_consignment_request_item_pickup_option import (
        CreateConsignmentRequestItemPickupOption,
        CreateConsignmentRequestItemPickupOptionCreate,
    )
    from .create_customers_metafields_request_item import (
        CreateCustomersMetafieldsRequestItem,
        CreateCustomersMetafieldsRequestItemCreate,
    )
    from .create_deployment_request import CreateDeploymentRequest, CreateDeploymentRequestCreate
    from .create_deployment_response import CreateDeploymentResponse
    from .create_locations_metafields_request_item import (
        CreateLocationsMetafieldsRequestItem,
        CreateLocationsMetafieldsRequestItemCreate,
    )
    from .create_orders_metafields_request_item import (
        CreateOrdersMetafieldsRequestItem,
        CreateOrdersMetafieldsRequestItemCreate,
    )
    from .create_payment_access_token_request import (
        CreatePaymentAccessTokenRequest,
        CreatePaymentAccessTokenRequestCreate,
    )
    from .create_payment_access_token_response_data import CreatePaymentAccessTokenResponseData
    from .create_price_list_records_request_item import (
        CreatePriceListRecordsRequestItem,
        CreatePriceListRecordsRequestItemCreate,
    )
    from .create_price_list_records_request_item_bulk_pricin_7e32d037 import (
        CreatePriceListRecordsRequestItemBulkPricingTiersItem,
        CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate,
    )
    from .create_price_list_request import CreatePriceListRequest, CreatePriceListRequestCreate
    from .create_price_list_response_data import CreatePriceListResponseData
    from .create_product_complex_rule_request import (
        CreateProductComplexRuleRequest,
        CreateProductComplexRuleRequestCreate,
    )
    from .create_product_complex_rule_request_price_adjuster import (
        CreateProductComplexRuleRequestPriceAdjuster,
        CreateProductComplexRuleRequestPriceAdjusterCreate,
    )
    from .create_product_complex_rule_request_weight_adjuster import (
        CreateProductComplexRuleRequestWeightAdjuster,
        CreateProductComplexRuleRequestWeightAdjusterCreate,
    )
    from .create_product_complex_rule_response_data import CreateProductComplexRuleResponseData
    from .create_product_complex_rule_response_data_conditions_item import (
        CreateProductComplexRuleResponseDataConditionsItem,
    )
    from .create_product_complex_rule_response_data_price_adjuster import (
        CreateProductComplexRuleResponseDataPriceAdjuster,
    )
    from .create_product_complex_rule_response_data_weight_adjuster import (
        CreateProductComplexRuleResponseDataWeightAdjuster,
    )
    from .create_product_image_response_data import CreateProductImageResponseData
    from .create_product_modifier_image_request import (
        CreateProductModifierImageRequest,
        CreateProductModifierImageRequestCreate,
    )
    from .create_product_modifier_image_response_data import CreateProductModifierImageResponseData
    from .create_product_modifier_response_data import CreateProductModifierResponseData
    from .create_product_modifier_value_request import (
        CreateProductModifierValueRequest,
        CreateProductModifierValueRequestCreate,
    )
    from .create_product_modifier_value_request_adjusters import (
        CreateProductModifierValueRequestAdjusters,
        CreateProductModifierValueRequestAdjustersCreate,
    )
    from .create_product_modifier_value_request_adjusters_price import (
        CreateProductModifierValueRequestAdjustersPrice,
        CreateProductModifierValueRequestAdjustersPriceCreate,
    )
    from .create_product_modifier_value_request_adjusters_pu_297e7a9c import (
        CreateProductModifierValueRequestAdjustersPurchasingDisabled,
        CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate,
    )
    from .create_product_modifier_value_request_adjusters_weight import (
        CreateProductModifierValueRequestAdjustersWeight,
        CreateProductModifierValueRequestAdjustersWeightCreate,
    )
    from .create_product_modifier_value_response_data import CreateProductModifierValueResponseData
    from .create_product_modifier_value_response_data_adjust_fa98df88 import (
        CreateProductModifierValueResponseDataAdjustersPurchasingDisabled,
    )
    from .create_product_modifier_value_response_data_adjusters import (
        CreateProductModifierValueResponseDataAdjusters,
    )
    from .create_product_modifier_value_response_data_adjusters_price import (
        CreateProductModifierValueResponseDataAdjustersPrice,
    )
    from .create_product_modifier_value_response_data_adjusters_weight import (
        CreateProductModifierValueResponseDataAdjustersWeight,
    )
    from .create_product_review_request import (
        CreateProductReviewRequest,
        CreateProductReviewRequestCreate,
    )
    from .create_product_review_response_data import CreateProductReviewResponseData
    from .create_product_variant_image_request import (
        CreateProductVariantImageRequest,
        CreateProductVariantImageRequestCreate,
    )
    from .create_product_variant_image_response_data import CreateProductVariantImageResponseData
    from .create_product_variant_option_request import (
        CreateProductVariantOptionRequest,
        CreateProductVariantOptionRequestCreate,
    )
    from .create_product_variant_option_request_config import (
        CreateProductVariantOptionRequestConfig,
        CreateProductVariantOptionRequestConfigCreate,
    )
    from .create_product_variant_option_request_option_values_item import (
        CreateProductVariantOptionRequestOptionValuesItem,
        CreateProductVariantOptionRequestOptionValuesItemCreate,
    )
    from .create_product_variant_option_response_data import CreateProductVariantOptionResponseData
    from .create_product_variant_option_response_data_config import (
        CreateProductVariantOptionResponseDataConfig,
    )
    from .create_product_variant_option_response_data_option_fc4826b3 import (
        CreateProductVariantOptionResponseDataOptionValuesItem,
    )
    from .create_product_variant_option_value_request import (
        CreateProductVariantOptionValueRequest,
        CreateProductVariantOptionValueRequestCreate,
    )
    from .create_product_variant_option_value_response_data import (
        CreateProductVariantOptionValueResponseData,
    )
    from .create_product_video_request import (
        CreateProductVideoRequest,
        CreateProductVideoRequestCreate,
    )
    from .create_product_video_response_data import CreateProductVideoResponseData
    from .create_products_metafields_request_item import (
        CreateProductsMetafieldsRequestItem,
        CreateProductsMetafieldsRequestItemCreate,
    )
    from .create_project_request import CreateProjectRequest, CreateProjectRequestCreate
    from .create_promotion_code_request import (
        CreatePromotionCodeRequest,
        CreatePromotionCodeRequestCreate,
    )
    from .create_promotion_request import CreatePromotionRequest, CreatePromotionRequestCreate
    from .create_redirect_export_job_request import (
        CreateRedirectExportJobRequest,
        CreateRedirectExportJobRequestCreate,
    )
    from .create_redirect_export_job_response import CreateRedirectExportJobResponse
    from .create_redirect_import_job_request import (
        CreateRedirectImportJobRequest,
        CreateRedirectImportJobRequestCreate,
    )
    from .create_redirect_import_job_response import CreateRedirectImportJobResponse
    from .create_settings_favicon_image_request import (
        CreateSettingsFaviconImageRequest,
        CreateSettingsFaviconImageRequestCreate,
    )
    from .create_settings_logo_image_request import (
        CreateSettingsLogoImageRequest,
        CreateSettingsLogoImageRequestCreate,
    )
    from .create_shipping_zones_request import (
        CreateShippingZonesRequest,
        CreateShippingZonesRequestCreate,
    )
    from .create_shipping_zones_request_free_shipping import (
        CreateShippingZonesRequestFreeShipping,
        CreateShippingZonesRequestFreeShippingCreate,
    )
    from .create_shipping_zones_request_handling_fees import (
        CreateShippingZonesRequestHandlingFees,
        CreateShippingZonesRequestHandlingFeesCreate,
    )
    from .create_shipping_zones_request_locations_item import (
        CreateShippingZonesRequestLocationsItem,
        CreateShippingZonesRequestLocationsItemCreate,
    )
    from .create_shipping_zones_response import CreateShippingZonesResponse
    from .create_shipping_zones_response_free_shipping import (
        CreateShippingZonesResponseFreeShipping,
    )
    from .create_shipping_zones_response_handling_fees import (
        CreateShippingZonesResponseHandlingFees,
    )
    from .create_shipping_zones_response_locations_item import (
        CreateShippingZonesResponseLocationsItem,
    )
    from .create_token_request import CreateTokenRequest, CreateTokenRequestCreate
    from .create_variants_metafields_request_item import (
        CreateVariantsMetafieldsRequestItem,
        CreateVariantsMetafieldsRequestItemCreate,
    )
    from .credit_card import CreditCard
    from .currency import Currency, CurrencyCreate, CurrencyUpdate
    from .currency_not_required_with_channel_id import CurrencyNotRequiredWithChannelId
    from .currency_required_with_channel_id import (
        CurrencyRequiredWithChannelId,
        CurrencyRequiredWithChannelIdCreate,
        CurrencyRequiredWithChannelIdUpdate,
    )
    from .currency_required_without_channel_id import (
        CurrencyRequiredWithoutChannelId,
        CurrencyRequiredWithoutChannelIdCreate,
        CurrencyRequiredWithoutChannelIdUpdate,
    )
    from .custom_app_sections_item import CustomAppSectionsItem, CustomAppSectionsItemCreate
    from .custom_field_data import CustomFieldData
    from .custom_field_post import CustomFieldPost, CustomFieldPostCreate
    from .custom_field_put import CustomFieldPut, CustomFieldPutUpdate
    from .custom_template_association import CustomTemplateAssociation
    from .custom_template_association_upsert import (
        CustomTemplateAssociationUpsert,
        CustomTemplateAssociationUpsertUpdate,
    )
    from .customer import Customer, CustomerCreate, CustomerUpdate
    from .customer_address import CustomerAddress, CustomerAddressCreate, CustomerAddressUpdate
    from .customer_addresses_customer_post import (
        CustomerAddressesCustomerPost,
        CustomerAddressesCustomerPostCreate,
    )
    from .customer_attribute_value_collection_response_data_item import (
        CustomerAttributeValueCollectionResponseDataItem,
    )
    from .customer_attributes_base import CustomerAttributesBase, CustomerAttributesBaseCreate
    from .customer_attributes_response_data_item import CustomerAttributesResponseDataItem
    from .customer_authentication import (
        CustomerAuthentication,
        CustomerAuthenticationCreate,
        CustomerAuthenticationUpdate,
    )
    from .customer_authentication_post_put import (
        CustomerAuthenticationPostPut,
        CustomerAuthenticationPostPutCreate,
        CustomerAuthenticationPostPutUpdate,
    )
    from .customer_channel_settings_object import (
        CustomerChannelSettingsObject,
        CustomerChannelSettingsObjectUpdate,
    )
    from .customer_channel_settings_object_customer_group_settings import (
        CustomerChannelSettingsObjectCustomerGroupSettings,
        CustomerChannelSettingsObjectCustomerGroupSettingsUpdate,
    )
    from .customer_channel_settings_object_privacy_settings import (
        CustomerChannelSettingsObjectPrivacySettings,
        CustomerChannelSettingsObjectPrivacySettingsUpdate,
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
    from .customer_post import CustomerPost, CustomerPostCreate
    from .customer_segment_id_limitation import (
        CustomerSegmentIdLimitation,
        CustomerSegmentIdLimitationCreate,
        CustomerSegmentIdLimitationUpdate,
    )
    from .customer_segment_limitation import (
        CustomerSegmentLimitation,
        CustomerSegmentLimitationCreate,
        CustomerSegmentLimitationUpdate,
    )
    from .customer_segment_limitation2 import (
        CustomerSegmentLimitation2,
        CustomerSegmentLimitation2Create,
        CustomerSegmentLimitation2Update,
    )
    from .customer_segment_limitation3 import (
        CustomerSegmentLimitation3,
        CustomerSegmentLimitation3Create,
        CustomerSegmentLimitation3Update,
    )
    from .customer_settings_object import CustomerSettingsObject, CustomerSettingsObjectUpdate
    from .customer_settings_object_customer_group_settings import (
        CustomerSettingsObjectCustomerGroupSettings,
        CustomerSettingsObjectCustomerGroupSettingsUpdate,
    )
    from .customer_settings_object_privacy_settings import (
        CustomerSettingsObjectPrivacySettings,
        CustomerSettingsObjectPrivacySettingsUpdate,
    )
    from .customer_stored_credit_amounts_item import (
        CustomerStoredCreditAmountsItem,
        CustomerStoredCreditAmountsItemCreate,
        CustomerStoredCreditAmountsItemUpdate,
    )
    from .customers_v3_customer_full import CustomersV3CustomerFull
    from .customers_v3_customer_full_authentication import CustomersV3CustomerFullAuthentication
    from .customers_v3_customer_put import CustomersV3CustomerPut, CustomersV3CustomerPutUpdate
    from .customers_v3_metafield_full import CustomersV3MetafieldFull
    from .customs_information import CustomsInformation
    from .customs_information_request import (
        CustomsInformationRequest,
        CustomsInformationRequestUpdate,
    )
    from .declare_customer_consent_request import (
        DeclareCustomerConsentRequest,
        DeclareCustomerConsentRequestUpdate,
    )
    from .delete_carrier_connection_request import (
        DeleteCarrierConnectionRequest,
        DeleteCarrierConnectionRequestCreate,
    )
    from .delete_consignment_request import DeleteConsignmentRequest, DeleteConsignmentRequestCreate
    from .delete_coupon_code_request import DeleteCouponCodeRequest, DeleteCouponCodeRequestCreate
    from .delete_fees_request import DeleteFeesRequest, DeleteFeesRequestCreate
    from .delete_price_list_records_response import DeletePriceListRecordsResponse
    from .digital_consignment_get import DigitalConsignmentGet
    from .digital_consignment_get_line_items_item import DigitalConsignmentGetLineItemsItem
    from .discount import Discount, DiscountCreate, DiscountUpdate
    from .dropzone import Dropzone, DropzoneCreate
    from .email_template import EmailTemplate, EmailTemplateUpdate
    from .enabled_transactional_emails import (
        EnabledTransactionalEmails,
        EnabledTransactionalEmailsUpdate,
    )
    from .environment_variable import EnvironmentVariable, EnvironmentVariableCreate
    from .fee_with_id import FeeWithId, FeeWithIdUpdate
    from .fixed_price_set_action_fixed_price_set import (
        FixedPriceSetActionFixedPriceSet,
        FixedPriceSetActionFixedPriceSetCreate,
        FixedPriceSetActionFixedPriceSetUpdate,
    )
    from .form_field import FormField, FormFieldCreate, FormFieldUpdate
    from .form_field_value import FormFieldValue, FormFieldValueCreate, FormFieldValueUpdate
    from .form_field_value_address import FormFieldValueAddress
    from .form_field_value_collection_response_data_item import (
        FormFieldValueCollectionResponseDataItem,
    )
    from .form_field_value_customer import FormFieldValueCustomer
    from .form_field_value_full import FormFieldValueFull, FormFieldValueFullUpdate
    from .form_field_values_response_data_item import FormFieldValuesResponseDataItem
    from .form_fields import FormFields, FormFieldsUpdate
    from .generate_promotion_codes_batch_request import (
        GeneratePromotionCodesBatchRequest,
        GeneratePromotionCodesBatchRequestCreate,
    )
    from .geography_v2_count_full import GeographyV2CountFull
    from .get_all_bulk_pricing_rules_response_data import GetAllBulkPricingRulesResponseData
    from .get_banners_count_response import GetBannersCountResponse
    from .get_bulk_pricing_rule_response_data import GetBulkPricingRuleResponseData
    from .get_catalog_summary_response_data import GetCatalogSummaryResponseData
    from .get_categories import GetCategories
    from .get_channel_order_settings_response import GetChannelOrderSettingsResponse
    from .get_customer_stored_instruments_response_item import (
        GetCustomerStoredInstrumentsResponseItem,
    )
    from .get_default_abandoned_cart_email_template_response import (
        GetDefaultAbandonedCartEmailTemplateResponse,
    )
    from .get_default_abandoned_cart_email_template_response_0bb8b572 import (
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys,
    )
    from .get_default_abandoned_cart_email_template_response_c1d88966 import (
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem,
    )
    from .get_global_order_settings_response import GetGlobalOrderSettingsResponse
    from .get_hooks_admin_response_data import GetHooksAdminResponseData
    from .get_hooks_admin_response_data_blocked_domains_item import (
        GetHooksAdminResponseDataBlockedDomainsItem,
    )
    from .get_hooks_admin_response_data_blocked_domains_item_48f3e7a4 import (
        GetHooksAdminResponseDataBlockedDomainsItemReasonsItem,
    )
    from .get_hooks_admin_response_data_hooks_list_item import (
        GetHooksAdminResponseDataHooksListItem,
    )
    from .get_page_snapshot_response_data import GetPageSnapshotResponseData
    from .get_price_list_record_response_data import GetPriceListRecordResponseData
    from .get_price_list_record_response_data_bulk_pricing_tiers_item import (
        GetPriceListRecordResponseDataBulkPricingTiersItem,
    )
    from .get_price_list_records_by_variant_id_response_data_668a2a32 import (
        GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItem,
    )
    from .get_price_list_records_by_variant_id_response_data_item import (
        GetPriceListRecordsByVariantIdResponseDataItem,
    )
    from .get_price_list_records_response_data_item import GetPriceListRecordsResponseDataItem
    from .get_price_list_records_response_data_item_bulk_pri_64bc8550 import (
        GetPriceListRecordsResponseDataItemBulkPricingTiersItem,
    )
    from .get_price_list_response_data import GetPriceListResponseData
    from .get_price_lists_response_data_item import GetPriceListsResponseDataItem
    from .get_prices_request import GetPricesRequest, GetPricesRequestCreate
    from .get_prices_request_items_item import (
        GetPricesRequestItemsItem,
        GetPricesRequestItemsItemCreate,
    )
    from .get_prices_request_items_item_options_item import (
        GetPricesRequestItemsItemOptionsItem,
        GetPricesRequestItemsItemOptionsItemCreate,
    )
    from .get_prices_response_data_item import GetPricesResponseDataItem
    from .get_prices_response_data_item_calculated_price import (
        GetPricesResponseDataItemCalculatedPrice,
    )
    from .get_prices_response_data_item_minimum_advertised_price import (
        GetPricesResponseDataItemMinimumAdvertisedPrice,
    )
    from .get_prices_response_data_item_price import GetPricesResponseDataItemPrice
    from .get_prices_response_data_item_price_range import GetPricesResponseDataItemPriceRange
    from .get_prices_response_data_item_price_range_maximum import (
        GetPricesResponseDataItemPriceRangeMaximum,
    )
    from .get_prices_response_data_item_price_range_minimum import (
        GetPricesResponseDataItemPriceRangeMinimum,
    )
    from .get_prices_response_data_item_retail_price import GetPricesResponseDataItemRetailPrice
    from .get_prices_response_data_item_retail_price_range import (
        GetPricesResponseDataItemRetailPriceRange,
    )
    from .get_prices_response_data_item_retail_price_range_maximum import (
        GetPricesResponseDataItemRetailPriceRangeMaximum,
    )
    from .get_prices_response_data_item_retail_price_range_minimum import (
        GetPricesResponseDataItemRetailPriceRangeMinimum,
    )
    from .get_prices_response_data_item_sale_price import GetPricesResponseDataItemSalePrice
    from .get_prices_response_data_item_saved import GetPricesResponseDataItemSaved
    from .get_product_complex_rule_response_data import GetProductComplexRuleResponseData
    from .get_product_complex_rule_response_data_conditions_item import (
        GetProductComplexRuleResponseDataConditionsItem,
    )
    from .get_product_complex_rule_response_data_price_adjuster import (
        GetProductComplexRuleResponseDataPriceAdjuster,
    )
    from .get_product_complex_rule_response_data_weight_adjuster import (
        GetProductComplexRuleResponseDataWeightAdjuster,
    )
    from .get_product_response_data import GetProductResponseData
    from .get_product_review_response_data import GetProductReviewResponseData
    from .get_product_reviews_response_data_item import GetProductReviewsResponseDataItem
    from .get_product_variant_option_value_response_data import (
        GetProductVariantOptionValueResponseData,
    )
    from .get_product_variant_option_values_response_data_item import (
        GetProductVariantOptionValuesResponseDataItem,
    )
    from .get_products_response_data_item import GetProductsResponseDataItem
    from .get_shipping_method_response import GetShippingMethodResponse
    from .get_shipping_method_response_handling_fees import GetShippingMethodResponseHandlingFees
    from .get_shipping_zone_response import GetShippingZoneResponse
    from .get_shipping_zone_response_free_shipping import GetShippingZoneResponseFreeShipping
    from .get_shipping_zone_response_handling_fees import GetShippingZoneResponseHandlingFees
    from .get_shipping_zone_response_locations_item import GetShippingZoneResponseLocationsItem
    from .get_shipping_zones_response_item import GetShippingZonesResponseItem
    from .get_shipping_zones_response_item_free_shipping import (
        GetShippingZonesResponseItemFreeShipping,
    )
    from .get_shipping_zones_response_item_handling_fees import (
        GetShippingZonesResponseItemHandlingFees,
    )
    from .get_shipping_zones_response_item_locations_item import (
        GetShippingZonesResponseItemLocationsItem,
    )
    from .get_theme_custom_templates_response_data import GetThemeCustomTemplatesResponseData
    from .get_variants_response_data_item import GetVariantsResponseDataItem
    from .get_variants_response_data_item_option_values_item import (
        GetVariantsResponseDataItemOptionValuesItem,
    )
    from .gift_certificate import GiftCertificate, GiftCertificateCreate, GiftCertificateUpdate
    from .gift_certificate_consignment_get import GiftCertificateConsignmentGet
    from .gift_certificate_consignment_get_line_items_item import (
        GiftCertificateConsignmentGetLineItemsItem,
    )
    from .gift_item_action_gift_item import (
        GiftItemActionGiftItem,
        GiftItemActionGiftItemCreate,
        GiftItemActionGiftItemUpdate,
    )
    from .global_abandoned_cart_settings_request import (
        GlobalAbandonedCartSettingsRequest,
        GlobalAbandonedCartSettingsRequestUpdate,
    )
    from .global_cart_settings_request import (
        GlobalCartSettingsRequest,
        GlobalCartSettingsRequestUpdate,
    )
    from .global_order_settings import GlobalOrderSettings, GlobalOrderSettingsUpdate
    from .global_order_settings_notifications import (
        GlobalOrderSettingsNotifications,
        GlobalOrderSettingsNotificationsUpdate,
    )
    from .global_order_settings_notifications_forward_invoice import (
        GlobalOrderSettingsNotificationsForwardInvoice,
        GlobalOrderSettingsNotificationsForwardInvoiceUpdate,
    )
    from .global_order_settings_notifications_order_placed import (
        GlobalOrderSettingsNotificationsOrderPlaced,
        GlobalOrderSettingsNotificationsOrderPlacedUpdate,
    )
    from .global_promotion_settings import GlobalPromotionSettings, GlobalPromotionSettingsUpdate
    from .google_product_search_mapping import GoogleProductSearchMapping
    from .http201_create_pages_response_data import HTTP201CreatePagesResponseData
    from .import_errors_item import ImportErrorsItem
    from .install_certificate_data import InstallCertificateData, InstallCertificateDataUpdate
    from .installed_certificate_detail import InstalledCertificateDetail
    from .inventory_notifications_settings import (
        InventoryNotificationsSettings,
        InventoryNotificationsSettingsUpdate,
    )
    from .inventory_settings import InventorySettings, InventorySettingsUpdate
    from .item_custom_get import ItemCustomGet
    from .item_digital_get import ItemDigitalGet
    from .item_digital_get_discounts_item import ItemDigitalGetDiscountsItem
    from .item_gift_certificate_get import ItemGiftCertificateGet
    from .item_gift_certificate_get_recipient import ItemGiftCertificateGetRecipient
    from .item_gift_certificate_get_sender import ItemGiftCertificateGetSender
    from .item_matcher import ItemMatcher, ItemMatcherCreate, ItemMatcherUpdate
    from .item_matcher2 import ItemMatcher2, ItemMatcher2Create, ItemMatcher2Update
    from .item_matcher3 import ItemMatcher3, ItemMatcher3Create, ItemMatcher3Update
    from .item_physical_get import ItemPhysicalGet
    from .item_physical_get_discounts_item import ItemPhysicalGetDiscountsItem
    from .item_physical_get_gift_wrapping import ItemPhysicalGetGiftWrapping
    from .item_response import ItemResponse
    from .item_response_identity import ItemResponseIdentity
    from .item_response_locations_item import ItemResponseLocationsItem
    from .item_response_locations_item_settings import ItemResponseLocationsItemSettings
    from .items_refund import ItemsRefund, ItemsRefundCreate
    from .job_id import JobId
    from .job_response_data import JobResponseData
    from .job_response_data_errors_item import JobResponseDataErrorsItem
    from .job_response_data_warnings_item import JobResponseDataWarningsItem
    from .line_items_get import LineItemsGet
    from .listing import Listing
    from .locale import Locale, LocaleUpdate
    from .locale_object import LocaleObject, LocaleObjectUpdate
    from .location_items_response import LocationItemsResponse
    from .location_items_response_identity import LocationItemsResponseIdentity
    from .location_items_response_settings import LocationItemsResponseSettings
    from .location_items_settings_request import (
        LocationItemsSettingsRequest,
        LocationItemsSettingsRequestUpdate,
    )
    from .location_items_settings_request_settings_item import (
        LocationItemsSettingsRequestSettingsItem,
        LocationItemsSettingsRequestSettingsItemUpdate,
    )
    from .location_items_settings_request_settings_item_identity import (
        LocationItemsSettingsRequestSettingsItemIdentity,
        LocationItemsSettingsRequestSettingsItemIdentityUpdate,
    )
    from .location_response import LocationResponse
    from .location_response_address import LocationResponseAddress
    from .location_response_address_geo_coordinates import LocationResponseAddressGeoCoordinates
    from .location_response_special_hours_item import LocationResponseSpecialHoursItem
    from .locations_create_request_item import (
        LocationsCreateRequestItem,
        LocationsCreateRequestItemCreate,
    )
    from .locations_create_request_item_address import (
        LocationsCreateRequestItemAddress,
        LocationsCreateRequestItemAddressCreate,
    )
    from .locations_create_request_item_address_geo_coordinates import (
        LocationsCreateRequestItemAddressGeoCoordinates,
        LocationsCreateRequestItemAddressGeoCoordinatesCreate,
    )
    from .locations_update_request_item import (
        LocationsUpdateRequestItem,
        LocationsUpdateRequestItemUpdate,
    )
    from .locations_update_request_item_address import (
        LocationsUpdateRequestItemAddress,
        LocationsUpdateRequestItemAddressUpdate,
    )
    from .locations_update_request_item_address_geo_coordinates import (
        LocationsUpdateRequestItemAddressGeoCoordinates,
        LocationsUpdateRequestItemAddressGeoCoordinatesUpdate,
    )
    from .locations_v3_metafield import LocationsV3Metafield
    from .locations_v3_metafield_base import (
        LocationsV3MetafieldBase,
        LocationsV3MetafieldBaseCreate,
        LocationsV3MetafieldBaseUpdate,
    )
    from .logo_settings import LogoSettings
    from .logo_settings_update2 import LogoSettingsUpdate2, LogoSettingsUpdate2Update
    from .measurement_units_settings import MeasurementUnitsSettings, MeasurementUnitsSettingsUpdate
    from .merchant_override import MerchantOverride, MerchantOverrideCreate
    from .meta_data import MetaData
    from .metafield200_response import Metafield200Response
    from .metafield_base_post import (
        MetafieldBasePost,
        MetafieldBasePostCreate,
        MetafieldBasePostUpdate,
    )
    from .metafield_base_post_put import (
        MetafieldBasePostPut,
        MetafieldBasePostPutCreate,
        MetafieldBasePostPutUpdate,
    )
    from .metafield_base_put import MetafieldBasePut, MetafieldBasePutUpdate
    from .metafield_post import MetafieldPost, MetafieldPostCreate
    from .metafield_post2 import MetafieldPost2, MetafieldPost2Create
    from .metafield_put import MetafieldPut, MetafieldPutUpdate
    from .metafield_put2 import MetafieldPut2, MetafieldPut2Update
    from .no_content import NoContent
    from .notification import Notification, NotificationCreate, NotificationUpdate
    from .operating_hours import OperatingHours, OperatingHoursCreate, OperatingHoursUpdate
    from .operating_hours_for_day import (
        OperatingHoursForDay,
        OperatingHoursForDayCreate,
        OperatingHoursForDayUpdate,
    )
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
    from .order_consignment_get import OrderConsignmentGet
    from .order_consignment_get_email import OrderConsignmentGetEmail
    from .order_coupon import OrderCoupon
    from .order_fee import OrderFee, OrderFeeCreate, OrderFeeUpdate
    from .order_fees_resp import OrderFeesResp
    from .order_message import OrderMessage
    from .order_product import OrderProduct
    from .order_product_applied_discount import OrderProductAppliedDiscount
    from .order_product_applied_discounts import OrderProductAppliedDiscounts
    from .order_product_configurable_field import OrderProductConfigurableField
    from .order_product_line import OrderProductLine, OrderProductLineCreate, OrderProductLineUpdate
    from .order_product_line_option import (
        OrderProductLineOption,
        OrderProductLineOptionCreate,
        OrderProductLineOptionUpdate,
    )
    from .order_product_option import OrderProductOption
    from .order_product_options import OrderProductOptions
    from .order_products_configurable_fields_item import OrderProductsConfigurableFieldsItem
    from .order_shipment import OrderShipment, OrderShipmentCreate, OrderShipmentUpdate
    from .order_shipment_item import (
        OrderShipmentItem,
        OrderShipmentItemCreate,
        OrderShipmentItemUpdate,
    )
    from .order_shipping_address import OrderShippingAddress
    from .order_status import OrderStatus
    from .order_tax import OrderTax
    from .orders_v3_metafield import OrdersV3Metafield
    from .page import Page, PageCreate, PageUpdate
    from .page_put_obj import PagePutObj, PagePutObjUpdate
    from .pages_collection_response_data_item import PagesCollectionResponseDataItem
    from .parent_relation import ParentRelation
    from .payment_method import PaymentMethod
    from .payment_method_full import PaymentMethodFull
    from .payment_method_full_supported_instruments_item import (
        PaymentMethodFullSupportedInstrumentsItem,
    )
    from .payment_method_stored_instrument import PaymentMethodStoredInstrument
    from .payment_option import PaymentOption
    from .payment_request import PaymentRequest, PaymentRequestCreate
    from .payments_post_request import PaymentsPostRequest, PaymentsPostRequestCreate
    from .payments_post_request_payment import (
        PaymentsPostRequestPayment,
        PaymentsPostRequestPaymentCreate,
    )
    from .payments_post_request_payment_instrument import (
        PaymentsPostRequestPaymentInstrument,
        PaymentsPostRequestPaymentInstrumentCreate,
    )
    from .payments_post_response_data import PaymentsPostResponseData
    from .pickup import Pickup
    from .pickup_consignment_get import PickupConsignmentGet
    from .pickup_consignment_get_line_items_item import PickupConsignmentGetLineItemsItem
    from .pickup_consignment_location_get import PickupConsignmentLocationGet
    from .pickup_item import PickupItem
    from .pickup_method import PickupMethod
    from .pickup_method_response import PickupMethodResponse
    from .pickup_options_response import PickupOptionsResponse
    from .pickup_options_response_results_item import PickupOptionsResponseResultsItem
    from .pickup_options_v3_item import PickupOptionsV3Item, PickupOptionsV3ItemCreate
    from .pickup_options_v3_pickup_option import PickupOptionsV3PickupOption
    from .pickup_request_payload import PickupRequestPayload, PickupRequestPayloadCreate
    from .placement_full import PlacementFull
    from .placement_post import PlacementPost, PlacementPostCreate
    from .placement_put import PlacementPut, PlacementPutUpdate
    from .post_request_pickup import PostRequestPickup, PostRequestPickupCreate
    from .post_request_pickup_item import PostRequestPickupItem, PostRequestPickupItemCreate
    from .post_site import PostSite, PostSiteCreate
    from .price_lists_v3_bulk_pricing_tier import (
        PriceListsV3BulkPricingTier,
        PriceListsV3BulkPricingTierCreate,
        PriceListsV3BulkPricingTierUpdate,
    )
    from .price_record_batch_item import (
        PriceRecordBatchItem,
        PriceRecordBatchItemCreate,
        PriceRecordBatchItemUpdate,
    )
    from .pricing_sf_bulk_pricing_tier import PricingSfBulkPricingTier
    from .primary_image_full import PrimaryImageFull
    from .product import Product, ProductCreate, ProductUpdate
    from .product_base_post import ProductBasePOST, ProductBasePOSTCreate
    from .product_base_post_bulk_pricing_rules_item import (
        ProductBasePOSTBulkPricingRulesItem,
        ProductBasePOSTBulkPricingRulesItemCreate,
    )
    from .product_base_put_bulk_pricing_rules_item import (
        ProductBasePUTBulkPricingRulesItem,
        ProductBasePUTBulkPricingRulesItemUpdate,
    )
    from .product_base_response_bulk_pricing_rules_item import (
        ProductBaseResponseBulkPricingRulesItem,
    )
    from .product_category_assignment import (
        ProductCategoryAssignment,
        ProductCategoryAssignmentUpdate,
    )
    from .product_channel_assignment import ProductChannelAssignment, ProductChannelAssignmentUpdate
    from .product_configurable_field import ProductConfigurableField
    from .product_custom_field import (
        ProductCustomField,
        ProductCustomFieldCreate,
        ProductCustomFieldUpdate,
    )
    from .product_custom_field_matcher_product_custom_field import (
        ProductCustomFieldMatcherProductCustomField,
        ProductCustomFieldMatcherProductCustomFieldCreate,
        ProductCustomFieldMatcherProductCustomFieldUpdate,
    )
    from .product_custom_field_put import (
        ProductCustomFieldPut,
        ProductCustomFieldPutCreate,
        ProductCustomFieldPutUpdate,
    )
    from .product_discount_rule import (
        ProductDiscountRule,
        ProductDiscountRuleCreate,
        ProductDiscountRuleUpdate,
    )
    from .product_full import ProductFull
    from .product_image import ProductImage, ProductImageCreate, ProductImageUpdate
    from .product_image_full import ProductImageFull, ProductImageFullCreate, ProductImageFullUpdate
    from .product_image_post_put import (
        ProductImagePostPut,
        ProductImagePostPutCreate,
        ProductImagePostPutUpdate,
    )
    from .product_modifier_option_value_full import ProductModifierOptionValueFull
    from .product_modifier_post import ProductModifierPost, ProductModifierPostCreate
    from .product_modifier_post_option_values_item import (
        ProductModifierPostOptionValuesItem,
        ProductModifierPostOptionValuesItemCreate,
    )
    from .product_modifier_post_option_values_item_adjusters import (
        ProductModifierPostOptionValuesItemAdjusters,
        ProductModifierPostOptionValuesItemAdjustersCreate,
    )
    from .product_modifier_post_option_values_item_adjusters_price import (
        ProductModifierPostOptionValuesItemAdjustersPrice,
        ProductModifierPostOptionValuesItemAdjustersPriceCreate,
    )
    from .product_modifiers_catalog_v3_config_full import (
        ProductModifiersCatalogV3ConfigFull,
        ProductModifiersCatalogV3ConfigFullCreate,
    )
    from .product_modifiers_catalog_v3_product_modifier_full import (
        ProductModifiersCatalogV3ProductModifierFull,
    )
    from .product_option import ProductOption
    from .product_option_base import ProductOptionBase
    from .product_option_config_full import ProductOptionConfigFull
    from .product_option_full import ProductOptionFull
    from .product_option_option_value_full import ProductOptionOptionValueFull
    from .product_options_item_matcher_product_option import (
        ProductOptionsItemMatcherProductOption,
        ProductOptionsItemMatcherProductOptionCreate,
        ProductOptionsItemMatcherProductOptionUpdate,
    )
    from .product_primary_image import ProductPrimaryImage
    from .product_put import ProductPut, ProductPutUpdate
    from .product_put_collection_item import (
        ProductPutCollectionItem,
        ProductPutCollectionItemUpdate,
    )
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
    from .product_sort_order import ProductSortOrder, ProductSortOrderUpdate
    from .product_tax_property import ProductTaxProperty, ProductTaxPropertyUpdate
    from .product_variant_post import ProductVariantPost, ProductVariantPostCreate
    from .product_variant_put import ProductVariantPut, ProductVariantPutUpdate
    from .product_variants_catalog_v3_metafield import ProductVariantsCatalogV3Metafield
    from .product_variants_catalog_v3_product_variant_full import (
        ProductVariantsCatalogV3ProductVariantFull,
    )
    from .product_variants_catalog_v3_product_variant_option_35ddc276 import (
        ProductVariantsCatalogV3ProductVariantOptionValueFull,
        ProductVariantsCatalogV3ProductVariantOptionValueFullCreate,
    )
    from .product_video import ProductVideo, ProductVideoCreate
    from .product_video_full import ProductVideoFull, ProductVideoFullCreate, ProductVideoFullUpdate
    from .products_catalog_v3_config_full import ProductsCatalogV3ConfigFull
    from .products_catalog_v3_custom_url_full import (
        ProductsCatalogV3CustomUrlFull,
        ProductsCatalogV3CustomUrlFullCreate,
        ProductsCatalogV3CustomUrlFullUpdate,
    )
    from .products_catalog_v3_metafield import ProductsCatalogV3Metafield
    from .products_catalog_v3_metafield_full import ProductsCatalogV3MetafieldFull
    from .products_catalog_v3_product_modifier_full import ProductsCatalogV3ProductModifierFull
    from .products_catalog_v3_product_variant_full import (
        ProductsCatalogV3ProductVariantFull,
        ProductsCatalogV3ProductVariantFullCreate,
    )
    from .products_catalog_v3_product_variant_option_value_full import (
        ProductsCatalogV3ProductVariantOptionValueFull,
        ProductsCatalogV3ProductVariantOptionValueFullCreate,
    )
    from .project import Project
    from .promotions_collection_response_data_item import PromotionsCollectionResponseDataItem
    from .promotions_response_data import PromotionsResponseData
    from .promotions_v3_channel import (
        PromotionsV3Channel,
        PromotionsV3ChannelCreate,
        PromotionsV3ChannelUpdate,
    )
    from .property import Property
    from .property_post import PropertyPOST, PropertyPOSTCreate
    from .property_put import PropertyPUT, PropertyPUTUpdate
    from .publish import Publish, PublishCreate
    from .put_checkout_url import PutCheckoutUrl, PutCheckoutUrlUpdate
    from .put_pickup_methods_request_item import (
        PutPickupMethodsRequestItem,
        PutPickupMethodsRequestItemUpdate,
    )
    from .put_request_pickup import PutRequestPickup, PutRequestPickupUpdate
    from .put_site import PutSite, PutSiteUpdate
    from .redirect import Redirect, RedirectCreate, RedirectUpdate
    from .redirect301_import_export_job_read import Redirect301ImportExportJobRead
    from .redirect301_read import Redirect301Read
    from .redirect301_upsert import Redirect301Upsert, Redirect301UpsertUpdate
    from .redirect_forward import RedirectForward, RedirectForwardCreate, RedirectForwardUpdate
    from .redirect_to import RedirectTo, RedirectToUpdate
    from .redirect_urls_post import RedirectUrlsPost, RedirectUrlsPostCreate
    from .redirect_urls_post_query_params import (
        RedirectUrlsPostQueryParams,
        RedirectUrlsPostQueryParamsCreate,
    )
    from .reference_request import ReferenceRequest
    from .reference_request_options_item import ReferenceRequestOptionsItem
    from .refund import Refund
    from .refund_id_get_data import RefundIDGetData
    from .refund_id_get_data_items_item import RefundIDGetDataItemsItem
    from .refund_id_get_data_payments_item import RefundIDGetDataPaymentsItem
    from .refund_item import RefundItem
    from .refund_item_adjustment import RefundItemAdjustment, RefundItemAdjustmentCreate
    from .refund_payment import RefundPayment
    from .refund_quote_full import RefundQuoteFull
    from .refund_quote_post import RefundQuotePost, RefundQuotePostCreate
    from .refund_request_post import RefundRequestPost, RefundRequestPostCreate
    from .region import Region, RegionCreate
    from .region_children_item import RegionChildrenItem, RegionChildrenItemCreate
    from .resource_link import ResourceLink
    from .response_connection_data import ResponseConnectionData
    from .response_connection_data_target import ResponseConnectionDataTarget
    from .robots_txt_settings import RobotsTxtSettings, RobotsTxtSettingsUpdate
    from .rule import Rule, RuleCreate, RuleUpdate
    from .saved_coupon_promotion_multiple_codes import SavedCouponPromotionMultipleCodes
    from .script_full import ScriptFull
    from .script_post import ScriptPost, ScriptPostCreate
    from .script_put import ScriptPut, ScriptPutUpdate
    from .search_area import SearchArea, SearchAreaCreate
    from .search_area_radius import SearchAreaRadius, SearchAreaRadiusCreate
    from .search_filter_override_context_identifier import (
        SearchFilterOverrideContextIdentifier,
        SearchFilterOverrideContextIdentifierUpdate,
    )
    from .segment import Segment
    from .segment_post import SegmentPost, SegmentPostCreate
    from .segment_put import SegmentPut, SegmentPutUpdate
    from .seo_settings import SEOSettings, SEOSettingsUpdate
    from .set_price_list_record_request import (
        SetPriceListRecordRequest,
        SetPriceListRecordRequestUpdate,
    )
    from .set_price_list_record_request_bulk_pricing_tiers_item import (
        SetPriceListRecordRequestBulkPricingTiersItem,
        SetPriceListRecordRequestBulkPricingTiersItemUpdate,
    )
    from .set_price_list_record_response_data import SetPriceListRecordResponseData
    from .set_price_list_record_response_data_bulk_pricing_tiers_item import (
        SetPriceListRecordResponseDataBulkPricingTiersItem,
    )
    from .shipping_action_shipping import (
        ShippingActionShipping,
        ShippingActionShippingCreate,
        ShippingActionShippingUpdate,
    )
    from .shipping_address_put import ShippingAddressPut, ShippingAddressPutUpdate
    from .shipping_consignment_get import ShippingConsignmentGet
    from .shipping_consignment_get_line_items_item import ShippingConsignmentGetLineItemsItem
    from .shipping_method import ShippingMethod
    from .shipping_method_base import (
        ShippingMethodBase,
        ShippingMethodBaseCreate,
        ShippingMethodBaseUpdate,
    )
    from .shipping_method_base_handling_fees import (
        ShippingMethodBaseHandlingFees,
        ShippingMethodBaseHandlingFeesCreate,
        ShippingMethodBaseHandlingFeesUpdate,
    )
    from .shipping_method_base_settings import (
        ShippingMethodBaseSettings,
        ShippingMethodBaseSettingsCreate,
        ShippingMethodBaseSettingsUpdate,
    )
    from .shipping_method_full import ShippingMethodFull
    from .shipping_quotes_base import ShippingQuotesBase
    from .shipping_quotes_consignment_resource import ShippingQuotesConsignmentResource
    from .shipping_quotes_resource import ShippingQuotesResource
    from .shipping_settings import ShippingSettings, ShippingSettingsUpdate
    from .shipping_settings_checkout import ShippingSettingsCheckout, ShippingSettingsCheckoutUpdate
    from .shopper_profile import ShopperProfile
    from .shopper_profile_post import ShopperProfilePost, ShopperProfilePostCreate
    from .simple_item_matcher import (
        SimpleItemMatcher,
        SimpleItemMatcherCreate,
        SimpleItemMatcherUpdate,
    )
    from .simple_transaction_response import SimpleTransactionResponse
    from .single_page_response_data import SinglePageResponseData
    from .site_post import SitePost, SitePostCreate
    from .site_put import SitePut, SitePutUpdate
    from .site_route_base import SiteRouteBase, SiteRouteBaseCreate
    from .site_route_full import SiteRouteFull, SiteRouteFullUpdate
    from .site_routes_route_base import SiteRoutesRouteBase, SiteRoutesRouteBaseUpdate
    from .sites_v3_site import SitesV3Site
    from .store_app_uninstalled import StoreAppUninstalled
    from .store_app_uninstalled_data import StoreAppUninstalledData
    from .store_cart_abandoned import StoreCartAbandoned
    from .store_cart_abandoned_data import StoreCartAbandonedData
    from .store_cart_converted import StoreCartConverted
    from .store_cart_converted_data import StoreCartConvertedData
    from .store_cart_coupon_applied import StoreCartCouponApplied
    from .store_cart_coupon_applied_data import StoreCartCouponAppliedData
    from .store_cart_created import StoreCartCreated
    from .store_cart_created_data import StoreCartCreatedData
    from .store_cart_deleted import StoreCartDeleted
    from .store_cart_deleted_data import StoreCartDeletedData
    from .store_cart_line_item_created import StoreCartLineItemCreated
    from .store_cart_line_item_created_data import StoreCartLineItemCreatedData
    from .store_cart_line_item_deleted import StoreCartLineItemDeleted
    from .store_cart_line_item_deleted_data import StoreCartLineItemDeletedData
    from .store_cart_line_item_updated import StoreCartLineItemUpdated
    from .store_cart_line_item_updated_data import StoreCartLineItemUpdatedData
    from .store_cart_line_item_wildcard import StoreCartLineItemWildcard
    from .store_cart_line_item_wildcard_data import StoreCartLineItemWildcardData
    from .store_cart_updated import StoreCartUpdated
    from .store_cart_updated_data import StoreCartUpdatedData
    from .store_category_created import StoreCategoryCreated
    from .store_category_deleted import StoreCategoryDeleted
    from .store_category_deleted_data import StoreCategoryDeletedData
    from .store_category_updated import StoreCategoryUpdated
    from .store_category_updated_data import StoreCategoryUpdatedData
    from .store_channel_created import StoreChannelCreated
    from .store_channel_created_data import StoreChannelCreatedData
    from .store_channel_updated import StoreChannelUpdated
    from .store_channel_updated_data import StoreChannelUpdatedData
    from .store_customer_address_created import StoreCustomerAddressCreated
    from .store_customer_address_created_data import StoreCustomerAddressCreatedData
    from .store_customer_address_created_data_address import StoreCustomerAddressCreatedDataAddress
    from .store_customer_address_deleted import StoreCustomerAddressDeleted
    from .store_customer_address_deleted_data import StoreCustomerAddressDeletedData
    from .store_customer_address_deleted_data_address import StoreCustomerAddressDeletedDataAddress
    from .store_customer_address_updated import StoreCustomerAddressUpdated
    from .store_customer_address_updated_data import StoreCustomerAddressUpdatedData
    from .store_customer_address_updated_data_address import StoreCustomerAddressUpdatedDataAddress
    from .store_customer_created import StoreCustomerCreated
    from .store_customer_created_data import StoreCustomerCreatedData
    from .store_customer_deleted import StoreCustomerDeleted
    from .store_customer_deleted_data import StoreCustomerDeletedData
    from .store_customer_payment_instrument_default_updated import (
        StoreCustomerPaymentInstrumentDefaultUpdated,
    )
    from .store_customer_payment_instrument_default_updated_data import (
        StoreCustomerPaymentInstrumentDefaultUpdatedData,
    )
    from .store_customer_updated import StoreCustomerUpdated
    from .store_customer_updated_data import StoreCustomerUpdatedData
    from .store_date_format import StoreDateFormat
    from .store_features import StoreFeatures
    from .store_information import StoreInformation
    from .store_information_updated import StoreInformationUpdated
    from .store_information_updated_data import StoreInformationUpdatedData
    from .store_information_v3_metafield import StoreInformationV3Metafield
    from .store_order_archived import StoreOrderArchived
    from .store_order_archived_data import StoreOrderArchivedData
    from .store_order_created import StoreOrderCreated
    from .store_order_created_data import StoreOrderCreatedData
    from .store_order_message_created import StoreOrderMessageCreated
    from .store_order_message_created_data import StoreOrderMessageCreatedData
    from .store_order_message_created_data_message import StoreOrderMessageCreatedDataMessage
    from .store_order_refund_created import StoreOrderRefundCreated
    from .store_order_refund_created_data import StoreOrderRefundCreatedData
    from .store_order_refund_created_data_refund import StoreOrderRefundCreatedDataRefund
    from .store_order_status_updated import StoreOrderStatusUpdated
    from .store_order_status_updated_data import StoreOrderStatusUpdatedData
    from .store_order_status_updated_data_status import StoreOrderStatusUpdatedDataStatus
    from .store_order_updated import StoreOrderUpdated
    from .store_order_updated_data import StoreOrderUpdatedData
    from .store_product_created import StoreProductCreated
    from .store_product_created_data import StoreProductCreatedData
    from .store_product_deleted import StoreProductDeleted
    from .store_product_deleted_data import StoreProductDeletedData
    from .store_product_inventory_order_updated import StoreProductInventoryOrderUpdated
    from .store_product_inventory_order_updated_data import StoreProductInventoryOrderUpdatedData
    from .store_product_inventory_order_updated_data_inventory import (
        StoreProductInventoryOrderUpdatedDataInventory,
    )
    from .store_product_inventory_updated import StoreProductInventoryUpdated
    from .store_product_inventory_updated_data import StoreProductInventoryUpdatedData
    from .store_product_inventory_updated_data_inventory import (
        StoreProductInventoryUpdatedDataInventory,
    )
    from .store_product_updated import StoreProductUpdated
    from .store_product_updated_data import StoreProductUpdatedData
    from .store_profile import StoreProfile, StoreProfileUpdate
    from .store_shipment_created import StoreShipmentCreated
    from .store_shipment_created_data import StoreShipmentCreatedData
    from .store_shipment_deleted import StoreShipmentDeleted
    from .store_shipment_deleted_data import StoreShipmentDeletedData
    from .store_shipment_updated import StoreShipmentUpdated
    from .store_shipment_updated_data import StoreShipmentUpdatedData
    from .store_sku_created import StoreSkuCreated
    from .store_sku_created_data import StoreSkuCreatedData
    from .store_sku_created_data_sku import StoreSkuCreatedDataSku
    from .store_sku_deleted import StoreSkuDeleted
    from .store_sku_deleted_data import StoreSkuDeletedData
    from .store_sku_deleted_data_sku import StoreSkuDeletedDataSku
    from .store_sku_inventory_order_updated import StoreSkuInventoryOrderUpdated
    from .store_sku_inventory_order_updated_data import StoreSkuInventoryOrderUpdatedData
    from .store_sku_inventory_order_updated_data_inventory import (
        StoreSkuInventoryOrderUpdatedDataInventory,
    )
    from .store_sku_inventory_updated import StoreSkuInventoryUpdated
    from .store_sku_inventory_updated_data import StoreSkuInventoryUpdatedData
    from .store_sku_inventory_updated_data_inventory import StoreSkuInventoryUpdatedDataInventory
    from .store_sku_updated import StoreSkuUpdated
    from .store_sku_updated_data import StoreSkuUpdatedData
    from .store_sku_updated_data_sku import StoreSkuUpdatedDataSku
    from .store_storefront_limits import StoreStorefrontLimits
    from .store_subscriber_created import StoreSubscriberCreated
    from .store_subscriber_created_data import StoreSubscriberCreatedData
    from .store_subscriber_deleted import StoreSubscriberDeleted
    from .store_subscriber_deleted_data import StoreSubscriberDeletedData
    from .store_subscriber_updated import StoreSubscriberUpdated
    from .store_subscriber_updated_data import StoreSubscriberUpdatedData
    from .store_time import StoreTime
    from .store_timezone import StoreTimezone
    from .storefront_category_settings import (
        StorefrontCategorySettings,
        StorefrontCategorySettingsUpdate,
    )
    from .storefront_product_settings import (
        StorefrontProductSettings,
        StorefrontProductSettingsUpdate,
    )
    from .storefront_search_settings import StorefrontSearchSettings, StorefrontSearchSettingsUpdate
    from .storefront_security_settings import (
        StorefrontSecuritySettings,
        StorefrontSecuritySettingsUpdate,
    )
    from .storefront_security_settings_csp_header import (
        StorefrontSecuritySettingsCspHeader,
        StorefrontSecuritySettingsCspHeaderUpdate,
    )
    from .storefront_security_settings_hsts import (
        StorefrontSecuritySettingsHsts,
        StorefrontSecuritySettingsHstsUpdate,
    )
    from .storefront_security_settings_x_frame_options_header import (
        StorefrontSecuritySettingsXFrameOptionsHeader,
        StorefrontSecuritySettingsXFrameOptionsHeaderUpdate,
    )
    from .storefront_status import StorefrontStatus, StorefrontStatusUpdate
    from .subscriber_base import SubscriberBase, SubscriberBaseCreate, SubscriberBaseUpdate
    from .subscriber_full import SubscriberFull
    from .success_no_content_response import SuccessNoContentResponse
    from .system_log import SystemLog
    from .tax_class import TaxClass
    from .tax_class_create_batch_item import TaxClassCreateBatchItem, TaxClassCreateBatchItemCreate
    from .tax_class_resource import TaxClassResource
    from .tax_class_update_batch_item import TaxClassUpdateBatchItem, TaxClassUpdateBatchItemUpdate
    from .tax_customer import TaxCustomer, TaxCustomerUpdate
    from .tax_rate import TaxRate
    from .tax_rate_class_rates_item import TaxRateClassRatesItem
    from .tax_rate_post import TaxRatePOST, TaxRatePOSTCreate
    from .tax_rate_post_class_rates_item import (
        TaxRatePOSTClassRatesItem,
        TaxRatePOSTClassRatesItemCreate,
    )
    from .tax_rate_put import TaxRatePUT, TaxRatePUTUpdate
    from .tax_rate_put_class_rates_item import (
        TaxRatePUTClassRatesItem,
        TaxRatePUTClassRatesItemUpdate,
    )
    from .tax_settings import TaxSettings, TaxSettingsUpdate
    from .tax_settings_price_display_settings import (
        TaxSettingsPriceDisplaySettings,
        TaxSettingsPriceDisplaySettingsUpdate,
    )
    from .tax_zone import TaxZone
    from .tax_zone_post import TaxZonePOST, TaxZonePOSTCreate
    from .tax_zone_post_price_display_settings import (
        TaxZonePOSTPriceDisplaySettings,
        TaxZonePOSTPriceDisplaySettingsCreate,
    )
    from .tax_zone_post_shopper_target_settings import (
        TaxZonePOSTShopperTargetSettings,
        TaxZonePOSTShopperTargetSettingsCreate,
    )
    from .tax_zone_post_shopper_target_settings_locations_item import (
        TaxZonePOSTShopperTargetSettingsLocationsItem,
        TaxZonePOSTShopperTargetSettingsLocationsItemCreate,
    )
    from .tax_zone_price_display_settings import TaxZonePriceDisplaySettings
    from .tax_zone_put import TaxZonePUT, TaxZonePUTUpdate
    from .tax_zone_put_price_display_settings import (
        TaxZonePUTPriceDisplaySettings,
        TaxZonePUTPriceDisplaySettingsUpdate,
    )
    from .tax_zone_put_shopper_target_settings import (
        TaxZonePUTShopperTargetSettings,
        TaxZonePUTShopperTargetSettingsUpdate,
    )
    from .tax_zone_put_shopper_target_settings_locations_item import (
        TaxZonePUTShopperTargetSettingsLocationsItem,
        TaxZonePUTShopperTargetSettingsLocationsItemUpdate,
    )
    from .tax_zone_shopper_target_settings import TaxZoneShopperTargetSettings
    from .tax_zone_shopper_target_settings_locations_item import (
        TaxZoneShopperTargetSettingsLocationsItem,
    )
    from .template import Template, TemplateCreate, TemplateUpdate
    from .theme import Theme
    from .theme_configuration_full import ThemeConfigurationFull
    from .theme_configuration_write import ThemeConfigurationWrite, ThemeConfigurationWriteCreate
    from .theme_region import ThemeRegion
    from .theme_variations_item import ThemeVariationsItem
    from .themes_collection_response_data_item import ThemesCollectionResponseDataItem
    from .themes_collection_response_data_item_variations_item import (
        ThemesCollectionResponseDataItemVariationsItem,
    )
    from .token_base import TokenBase
    from .token_post_impersonation import TokenPostImpersonation, TokenPostImpersonationCreate
    from .token_post_private import TokenPostPrivate, TokenPostPrivateCreate
    from .transaction import Transaction
    from .transaction_avs_result import TransactionAvsResult
    from .transaction_custom import TransactionCustom
    from .transaction_custom_provider_field_result import TransactionCustomProviderFieldResult
    from .transaction_cvv_result import TransactionCvvResult
    from .transaction_gift_certificate import TransactionGiftCertificate
    from .transaction_offline import TransactionOffline
    from .transaction_store_credit import TransactionStoreCredit
    from .translation_definition import (
        TranslationDefinition,
        TranslationDefinitionCreate,
        TranslationDefinitionUpdate,
    )
    from .tree import Tree, TreeUpdate
    from .update_analytics_provider_request import (
        UpdateAnalyticsProviderRequest,
        UpdateAnalyticsProviderRequestUpdate,
    )
    from .update_brand_request import UpdateBrandRequest, UpdateBrandRequestUpdate
    from .update_brand_request_custom_url import (
        UpdateBrandRequestCustomUrl,
        UpdateBrandRequestCustomUrlUpdate,
    )
    from .update_brand_response_data import UpdateBrandResponseData
    from .update_brand_response_data_custom_url import UpdateBrandResponseDataCustomUrl
    from .update_brands_metafields_request_item import (
        UpdateBrandsMetafieldsRequestItem,
        UpdateBrandsMetafieldsRequestItemUpdate,
    )
    from .update_bulk_pricing_rule_request import (
        UpdateBulkPricingRuleRequest,
        UpdateBulkPricingRuleRequestUpdate,
    )
    from .update_bulk_pricing_rule_response_data import UpdateBulkPricingRuleResponseData
    from .update_carts_metafields_request_item import (
        UpdateCartsMetafieldsRequestItem,
        UpdateCartsMetafieldsRequestItemUpdate,
    )
    from .update_categories_item import UpdateCategoriesItem, UpdateCategoriesItemUpdate
    from .update_categories_metafields_request_item import (
        UpdateCategoriesMetafieldsRequestItem,
        UpdateCategoriesMetafieldsRequestItemUpdate,
    )
    from .update_category_request import UpdateCategoryRequest, UpdateCategoryRequestUpdate
    from .update_category_request_custom_url import (
        UpdateCategoryRequestCustomUrl,
        UpdateCategoryRequestCustomUrlUpdate,
    )
    from .update_category_response_data import UpdateCategoryResponseData
    from .update_category_response_data_custom_url import UpdateCategoryResponseDataCustomUrl
    from .update_channel_order_settings_response import UpdateChannelOrderSettingsResponse
    from .update_channel_req import UpdateChannelReq, UpdateChannelReqUpdate
    from .update_consignment_request import UpdateConsignmentRequest, UpdateConsignmentRequestUpdate
    from .update_consignment_request_address import (
        UpdateConsignmentRequestAddress,
        UpdateConsignmentRequestAddressUpdate,
    )
    from .update_consignment_request_address_custom_fields_item import (
        UpdateConsignmentRequestAddressCustomFieldsItem,
        UpdateConsignmentRequestAddressCustomFieldsItemUpdate,
    )
    from .update_consignment_request_custom_shipping import (
        UpdateConsignmentRequestCustomShipping,
        UpdateConsignmentRequestCustomShippingUpdate,
    )
    from .update_consignment_request_line_items_item import (
        UpdateConsignmentRequestLineItemsItem,
        UpdateConsignmentRequestLineItemsItemUpdate,
    )
    from .update_consignment_request_pickup_option import (
        UpdateConsignmentRequestPickupOption,
        UpdateConsignmentRequestPickupOptionUpdate,
    )
    from .update_customer_metafield_request import (
        UpdateCustomerMetafieldRequest,
        UpdateCustomerMetafieldRequestUpdate,
    )
    from .update_customers_metafields_request_item import (
        UpdateCustomersMetafieldsRequestItem,
        UpdateCustomersMetafieldsRequestItemUpdate,
    )
    from .update_fees_request import UpdateFeesRequest, UpdateFeesRequestUpdate
    from .update_global_order_settings_response import UpdateGlobalOrderSettingsResponse
    from .update_hooks_admin_request import UpdateHooksAdminRequest, UpdateHooksAdminRequestUpdate
    from .update_locations_metafields_request_item import (
        UpdateLocationsMetafieldsRequestItem,
        UpdateLocationsMetafieldsRequestItemUpdate,
    )
    from .update_orders_metafields_request_item import (
        UpdateOrdersMetafieldsRequestItem,
        UpdateOrdersMetafieldsRequestItemUpdate,
    )
    from .update_price_list_request import UpdatePriceListRequest, UpdatePriceListRequestUpdate
    from .update_price_list_response_data import UpdatePriceListResponseData
    from .update_product_complex_rule_request import (
        UpdateProductComplexRuleRequest,
        UpdateProductComplexRuleRequestUpdate,
    )
    from .update_product_complex_rule_request_conditions_item import (
        UpdateProductComplexRuleRequestConditionsItem,
        UpdateProductComplexRuleRequestConditionsItemUpdate,
    )
    from .update_product_complex_rule_request_price_adjuster import (
        UpdateProductComplexRuleRequestPriceAdjuster,
        UpdateProductComplexRuleRequestPriceAdjusterUpdate,
    )
    from .update_product_complex_rule_request_weight_adjuster import (
        UpdateProductComplexRuleRequestWeightAdjuster,
        UpdateProductComplexRuleRequestWeightAdjusterUpdate,
    )
    from .update_product_complex_rule_response_data import UpdateProductComplexRuleResponseData
    from .update_product_complex_rule_response_data_conditions_item import (
        UpdateProductComplexRuleResponseDataConditionsItem,
    )
    from .update_product_complex_rule_response_data_price_adjuster import (
        UpdateProductComplexRuleResponseDataPriceAdjuster,
    )
    from .update_product_complex_rule_response_data_weight_adjuster import (
        UpdateProductComplexRuleResponseDataWeightAdjuster,
    )
    from .update_product_image_response_data import UpdateProductImageResponseData
    from .update_product_modifier_request import (
        UpdateProductModifierRequest,
        UpdateProductModifierRequestUpdate,
    )
    from .update_product_modifier_request_config import (
        UpdateProductModifierRequestConfig,
        UpdateProductModifierRequestConfigUpdate,
    )
    from .update_product_modifier_request_option_values_item import (
        UpdateProductModifierRequestOptionValuesItem,
        UpdateProductModifierRequestOptionValuesItemUpdate,
    )
    from .update_product_modifier_request_option_values_item_adjusters import (
        UpdateProductModifierRequestOptionValuesItemAdjusters,
        UpdateProductModifierRequestOptionValuesItemAdjustersUpdate,
    )
    from .update_product_modifier_request_option_values_item_e3ad5adb import (
        UpdateProductModifierRequestOptionValuesItemAdjustersPrice,
        UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate,
    )
    from .update_product_modifier_response_data import UpdateProductModifierResponseData
    from .update_product_modifier_response_data_config import (
        UpdateProductModifierResponseDataConfig,
    )
    from .update_product_modifier_response_data_option_value_8357eb2b import (
        UpdateProductModifierResponseDataOptionValuesItemAdjusters,
    )
    from .update_product_modifier_response_data_option_value_b7391a08 import (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight,
    )
    from .update_product_modifier_response_data_option_value_b346678b import (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice,
    )
    from .update_product_modifier_response_data_option_value_c0038938 import (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled,
    )
    from .update_product_modifier_response_data_option_values_item import (
        UpdateProductModifierResponseDataOptionValuesItem,
    )
    from .update_product_modifier_value_request import (
        UpdateProductModifierValueRequest,
        UpdateProductModifierValueRequestUpdate,
    )
    from .update_product_modifier_value_request_adjusters import (
        UpdateProductModifierValueRequestAdjusters,
        UpdateProductModifierValueRequestAdjustersUpdate,
    )
    from .update_product_modifier_value_request_adjusters_price import (
        UpdateProductModifierValueRequestAdjustersPrice,
        UpdateProductModifierValueRequestAdjustersPriceUpdate,
    )
    from .update_product_modifier_value_request_adjusters_pu_012d8aa5 import (
        UpdateProductModifierValueRequestAdjustersPurchasingDisabled,
        UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate,
    )
    from .update_product_modifier_value_request_adjusters_weight import (
        UpdateProductModifierValueRequestAdjustersWeight,
        UpdateProductModifierValueRequestAdjustersWeightUpdate,
    )
    from .update_product_modifier_value_response_data import UpdateProductModifierValueResponseData
    from .update_product_modifier_value_response_data_adjust_7c655564 import (
        UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled,
    )
    from .update_product_modifier_value_response_data_adjusters import (
        UpdateProductModifierValueResponseDataAdjusters,
    )
    from .update_product_modifier_value_response_data_adjusters_price import (
        UpdateProductModifierValueResponseDataAdjustersPrice,
    )
    from .update_product_modifier_value_response_data_adjusters_weight import (
        UpdateProductModifierValueResponseDataAdjustersWeight,
    )
    from .update_product_review_request import (
        UpdateProductReviewRequest,
        UpdateProductReviewRequestUpdate,
    )
    from .update_product_review_response_data import UpdateProductReviewResponseData
    from .update_product_variant_option_request import (
        UpdateProductVariantOptionRequest,
        UpdateProductVariantOptionRequestUpdate,
    )
    from .update_product_variant_option_request_config import (
        UpdateProductVariantOptionRequestConfig,
        UpdateProductVariantOptionRequestConfigUpdate,
    )
    from .update_product_variant_option_request_option_values_item import (
        UpdateProductVariantOptionRequestOptionValuesItem,
        UpdateProductVariantOptionRequestOptionValuesItemUpdate,
    )
    from .update_product_variant_option_response_data import UpdateProductVariantOptionResponseData
    from .update_product_variant_option_response_data_config import (
        UpdateProductVariantOptionResponseDataConfig,
    )
    from .update_product_variant_option_response_data_option_a0691050 import (
        UpdateProductVariantOptionResponseDataOptionValuesItem,
    )
    from .update_product_variant_option_value_request import (
        UpdateProductVariantOptionValueRequest,
        UpdateProductVariantOptionValueRequestUpdate,
    )
    from .update_product_variant_option_value_response_data import (
        UpdateProductVariantOptionValueResponseData,
    )
    from .update_product_video_request import (
        UpdateProductVideoRequest,
        UpdateProductVideoRequestUpdate,
    )
    from .update_product_video_response_data import UpdateProductVideoResponseData
    from .update_products_metafields_request_item import (
        UpdateProductsMetafieldsRequestItem,
        UpdateProductsMetafieldsRequestItemUpdate,
    )
    from .update_promotion_request import UpdatePromotionRequest, UpdatePromotionRequestUpdate
    from .update_shipping_zone_request import (
        UpdateShippingZoneRequest,
        UpdateShippingZoneRequestUpdate,
    )
    from .update_shipping_zone_request_free_shipping import (
        UpdateShippingZoneRequestFreeShipping,
        UpdateShippingZoneRequestFreeShippingUpdate,
    )
    from .update_shipping_zone_request_handling_fees import (
        UpdateShippingZoneRequestHandlingFees,
        UpdateShippingZoneRequestHandlingFeesUpdate,
    )
    from .update_shipping_zone_request_locations_item import (
        UpdateShippingZoneRequestLocationsItem,
        UpdateShippingZoneRequestLocationsItemUpdate,
    )
    from .update_shipping_zone_response import UpdateShippingZoneResponse
    from .update_shipping_zone_response_free_shipping import UpdateShippingZoneResponseFreeShipping
    from .update_shipping_zone_response_handling_fees import UpdateShippingZoneResponseHandlingFees
    from .update_shipping_zone_response_locations_item import (
        UpdateShippingZoneResponseLocationsItem,
    )
    from .update_store_metafields_request_item import (
        UpdateStoreMetafieldsRequestItem,
        UpdateStoreMetafieldsRequestItemUpdate,
    )
    from .update_tax_provider_connection_request import (
        UpdateTaxProviderConnectionRequest,
        UpdateTaxProviderConnectionRequestUpdate,
    )
    from .update_variants_batch_request_item import (
        UpdateVariantsBatchRequestItem,
        UpdateVariantsBatchRequestItemUpdate,
    )
    from .update_variants_batch_response_data_item import UpdateVariantsBatchResponseDataItem
    from .update_variants_batch_response_data_item_option_values_item import (
        UpdateVariantsBatchResponseDataItemOptionValuesItem,
    )
    from .update_variants_metafields_request_item import (
        UpdateVariantsMetafieldsRequestItem,
        UpdateVariantsMetafieldsRequestItemUpdate,
    )
    from .upload_signature_response import UploadSignatureResponse
    from .upload_store_theme_request import UploadStoreThemeRequest, UploadStoreThemeRequestCreate
    from .upsert_listing_with_listing_id_req import (
        UpsertListingWithListingIdReq,
        UpsertListingWithListingIdReqUpdate,
    )
    from .upsert_listing_without_listing_id_req import (
        UpsertListingWithoutListingIdReq,
        UpsertListingWithoutListingIdReqCreate,
    )
    from .upsert_price_list_records_request_item import (
        UpsertPriceListRecordsRequestItem,
        UpsertPriceListRecordsRequestItemUpdate,
    )
    from .upsert_price_list_records_request_item_bulk_pricin_175f0e41 import (
        UpsertPriceListRecordsRequestItemBulkPricingTiersItem,
        UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate,
    )
    from .v2_order_shipping_address import V2OrderShippingAddress
    from .v3_category import V3Category
    from .v3_customer import V3Customer, V3CustomerCreate, V3CustomerUpdate
    from .validate_customer_credentials_object import (
        ValidateCustomerCredentialsObject,
        ValidateCustomerCredentialsObjectCreate,
    )
    from .validate_customer_credentials_response_object import (
        ValidateCustomerCredentialsResponseObject,
    )
    from .validate_customer_password_request import (
        ValidateCustomerPasswordRequest,
        ValidateCustomerPasswordRequestCreate,
    )
    from .validate_password import ValidatePassword
    from .webhook import Webhook, WebhookCreate, WebhookUpdate
    from .webhook_base import WebhookBase, WebhookBaseCreate
    from .webhook_full import WebhookFull
    from .webhook_put import WebhookPut, WebhookPutUpdate
    from .webhook_resp_response_data import WebhookRespResponseData
    from .webhooks_resp_response_data_item import WebhooksRespResponseDataItem
    from .which_theme_to_download import WhichThemeToDownload, WhichThemeToDownloadCreate
    from .widget import Widget, WidgetCreate
    from .widget_full import WidgetFull
    from .widget_post import WidgetPost, WidgetPostCreate
    from .widget_put import WidgetPut, WidgetPutUpdate
    from .widget_schema_array_schema_item import (
        WidgetSchemaArraySchemaItem,
        WidgetSchemaArraySchemaItemCreate,
        WidgetSchemaArraySchemaItemUpdate,
    )
    from .widget_schema_array_thumbnail import (
        WidgetSchemaArrayThumbnail,
        WidgetSchemaArrayThumbnailCreate,
        WidgetSchemaArrayThumbnailUpdate,
    )
    from .widget_schema_hidden_settings_item import (
        WidgetSchemaHiddenSettingsItem,
        WidgetSchemaHiddenSettingsItemCreate,
        WidgetSchemaHiddenSettingsItemUpdate,
    )
    from .widget_schema_hidden_settings_item_conditional import (
        WidgetSchemaHiddenSettingsItemConditional,
        WidgetSchemaHiddenSettingsItemConditionalCreate,
        WidgetSchemaHiddenSettingsItemConditionalUpdate,
    )
    from .widget_schema_hidden_settings_item_type_meta import (
        WidgetSchemaHiddenSettingsItemTypeMeta,
        WidgetSchemaHiddenSettingsItemTypeMetaCreate,
        WidgetSchemaHiddenSettingsItemTypeMetaUpdate,
    )
    from .widget_schema_hidden_settings_item_type_meta_selec_095d54b9 import (
        WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItem,
        WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemCreate,
        WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemUpdate,
    )
    from .widget_schema_item import WidgetSchemaItem, WidgetSchemaItemCreate, WidgetSchemaItemUpdate
    from .widget_schema_tab_sections_item import (
        WidgetSchemaTabSectionsItem,
        WidgetSchemaTabSectionsItemCreate,
        WidgetSchemaTabSectionsItemUpdate,
    )
    from .widget_schema_tab_sections_item_settings_item import (
        WidgetSchemaTabSectionsItemSettingsItem,
        WidgetSchemaTabSectionsItemSettingsItemCreate,
        WidgetSchemaTabSectionsItemSettingsItemUpdate,
    )
    from .widget_schema_tab_sections_item_settings_item_conditional import (
        WidgetSchemaTabSectionsItemSettingsItemConditional,
        WidgetSchemaTabSectionsItemSettingsItemConditionalCreate,
        WidgetSchemaTabSectionsItemSettingsItemConditionalUpdate,
    )
    from .widget_schema_tab_sections_item_settings_item_type_56ce0af1 import (
        WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItem,
        WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemCreate,
        WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemUpdate,
    )
    from .widget_schema_tab_sections_item_settings_item_type_meta import (
        WidgetSchemaTabSectionsItemSettingsItemTypeMeta,
        WidgetSchemaTabSectionsItemSettingsItemTypeMetaCreate,
        WidgetSchemaTabSectionsItemSettingsItemTypeMetaUpdate,
    )
    from .widget_template_full import WidgetTemplateFull
    from .widget_template_post import WidgetTemplatePost, WidgetTemplatePostCreate
    from .widget_template_preview import WidgetTemplatePreview, WidgetTemplatePreviewCreate
    from .widget_template_preview_response_data import WidgetTemplatePreviewResponseData
    from .widget_template_put import WidgetTemplatePut, WidgetTemplatePutUpdate
    from .wishlist_full import WishlistFull
    from .wishlist_item_full import WishlistItemFull
    from .wishlist_item_post import WishlistItemPost, WishlistItemPostCreate
    from .wishlist_item_post_items_item import (
        WishlistItemPostItemsItem,
        WishlistItemPostItemsItemCreate,
    )
    from .wishlist_post import WishlistPost, WishlistPostCreate
    from .wishlist_post_items_item import WishlistPostItemsItem, WishlistPostItemsItemCreate
    from .wishlist_put import WishlistPut, WishlistPutUpdate
    from .wishlist_put_items_item import WishlistPutItemsItem, WishlistPutItemsItemUpdate
    from .zone_check import ZoneCheck, ZoneCheckCreate

#: module -> the models (and request TypedDicts) it defines
_MODULES = {
    "abandonded_cart_email": ("AbandondedCartEmail",),
    "abandonded_cart_email_payload": (
        "AbandondedCartEmailPayload",
        "AbandondedCartEmailPayloadCreate",
        "AbandondedCartEmailPayloadUpdate",
    ),
    "abandoned_cart_emails_v3_abandoned_cart_settings": (
        "AbandonedCartEmailsV3AbandonedCartSettings",
        "AbandonedCartEmailsV3AbandonedCartSettingsUpdate",
    ),
    "abandoned_cart_info_full": ("AbandonedCartInfoFull",),
    "abandoned_carts_v3_abandoned_cart_settings": ("AbandonedCartsV3AbandonedCartSettings",),
    "access_tokens_payments_v3_order": (
        "AccessTokensPaymentsV3Order",
        "AccessTokensPaymentsV3OrderCreate",
    ),
    "action": (
        "Action",
        "ActionCreate",
        "ActionUpdate",
    ),
    "activate": (
        "Activate",
        "ActivateCreate",
    ),
    "active_theme": ("ActiveTheme",),
    "add_checkout_discount_request": (
        "AddCheckoutDiscountRequest",
        "AddCheckoutDiscountRequestCreate",
    ),
    "add_checkout_discount_request_cart": (
        "AddCheckoutDiscountRequestCart",
        "AddCheckoutDiscountRequestCartCreate",
    ),
    "add_checkout_discount_request_cart_discounts_item": (
        "AddCheckoutDiscountRequestCartDiscountsItem",
        "AddCheckoutDiscountRequestCartDiscountsItemCreate",
    ),
    "add_checkout_discount_request_cart_line_items_item": (
        "AddCheckoutDiscountRequestCartLineItemsItem",
        "AddCheckoutDiscountRequestCartLineItemsItemCreate",
    ),
    "add_fees_request": (
        "AddFeesRequest",
        "AddFeesRequestCreate",
    ),
    "address_collection_response_data_item": ("AddressCollectionResponseDataItem",),
    "address_collection_response_post_put_response_data_item": (
        "AddressCollectionResponsePostPutResponseDataItem",
    ),
    "address_full": ("AddressFull",),
    "address_matcher": (
        "AddressMatcher",
        "AddressMatcherCreate",
        "AddressMatcherUpdate",
    ),
    "address_post": (
        "AddressPost",
        "AddressPostCreate",
    ),
    "address_properties": (
        "AddressProperties",
        "AddressPropertiesCreate",
        "AddressPropertiesUpdate",
    ),
    "address_properties_custom_fields_item": (
        "AddressPropertiesCustomFieldsItem",
        "AddressPropertiesCustomFieldsItemCreate",
        "AddressPropertiesCustomFieldsItemUpdate",
    ),
    "address_put": (
        "AddressPut",
        "AddressPutUpdate",
    ),
    "adjuster_full": ("AdjusterFull",),
    "adjusters_full": ("AdjustersFull",),
    "adjusters_full_purchasing_disabled": ("AdjustersFullPurchasingDisabled",),
    "adjustments_absolute_request": (
        "AdjustmentsAbsoluteRequest",
        "AdjustmentsAbsoluteRequestUpdate",
    ),
    "adjustments_absolute_request_items_item": (
        "AdjustmentsAbsoluteRequestItemsItem",
        "AdjustmentsAbsoluteRequestItemsItemUpdate",
    ),
    "adjustments_relative_request": (
        "AdjustmentsRelativeRequest",
        "AdjustmentsRelativeRequestCreate",
    ),
    "adjustments_relative_request_items_item": (
        "AdjustmentsRelativeRequestItemsItem",
        "AdjustmentsRelativeRequestItemsItemCreate",
    ),
    "analytics_provider": ("AnalyticsProvider",),
    "assignment_for_get_response": ("AssignmentForGetResponse",),
    "assignment_for_put_request": (
        "AssignmentForPutRequest",
        "AssignmentForPutRequestUpdate",
    ),
    "assignment_for_put_response_data": ("AssignmentForPutResponseData",),
    "assignments_for_request": (
        "AssignmentsForRequest",
        "AssignmentsForRequestCreate",
    ),
    "attribute_full": ("AttributeFull",),
    "attribute_post": (
        "AttributePost",
        "AttributePostCreate",
    ),
    "attribute_put": (
        "AttributePut",
        "AttributePutUpdate",
    ),
    "attribute_value_base": (
        "AttributeValueBase",
        "AttributeValueBaseUpdate",
    ),
    "availability_by_week_day": (
        "AvailabilityByWeekDay",
        "AvailabilityByWeekDayCreate",
        "AvailabilityByWeekDayUpdate",
    ),
    "available_filter": ("AvailableFilter",),
    "available_item": ("AvailableItem",),
    "banner": (
        "Banner",
        "BannerCreate",
        "BannerUpdate",
    ),
    "base_fee": (
        "BaseFee",
        "BaseFeeCreate",
    ),
    "base_pickup_method": (
        "BasePickupMethod",
        "BasePickupMethodCreate",
    ),
    "billing_address": ("BillingAddress",),
    "blackout_hours_item": (
        "BlackoutHoursItem",
        "BlackoutHoursItemCreate",
        "BlackoutHoursItemUpdate",
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
    "brand_full": ("BrandFull",),
    "brands_catalog_v3_custom_url_full": ("BrandsCatalogV3CustomUrlFull",),
    "brands_catalog_v3_metafield": ("BrandsCatalogV3Metafield",),
    "brands_catalog_v3_metafield_base": (
        "BrandsCatalogV3MetafieldBase",
        "BrandsCatalogV3MetafieldBaseCreate",
        "BrandsCatalogV3MetafieldBaseUpdate",
    ),
    "brands_catalog_v3_metafield_full": ("BrandsCatalogV3MetafieldFull",),
    "bulk_coupon_code": ("BulkCouponCode",),
    "bulk_coupon_codes_response_data": ("BulkCouponCodesResponseData",),
    "bulk_pricing_rule_full": (
        "BulkPricingRuleFull",
        "BulkPricingRuleFullCreate",
    ),
    "bulk_pricing_tier_tax_discount_amount_item": ("BulkPricingTierTaxDiscountAmountItem",),
    "callback_category_data_data": ("CallbackCategoryDataData",),
    "carrier_connection": (
        "CarrierConnection",
        "CarrierConnectionCreate",
        "CarrierConnectionUpdate",
    ),
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
    "cart_create_post_data": (
        "CartCreatePostData",
        "CartCreatePostDataCreate",
    ),
    "cart_create_post_data_currency": (
        "CartCreatePostDataCurrency",
        "CartCreatePostDataCurrencyCreate",
    ),
    "cart_create_post_data_gift_certificates_item": (
        "CartCreatePostDataGiftCertificatesItem",
        "CartCreatePostDataGiftCertificatesItemCreate",
    ),
    "cart_create_post_data_gift_certificates_item_recipient": (
        "CartCreatePostDataGiftCertificatesItemRecipient",
        "CartCreatePostDataGiftCertificatesItemRecipientCreate",
    ),
    "cart_create_post_data_gift_certificates_item_sender": (
        "CartCreatePostDataGiftCertificatesItemSender",
        "CartCreatePostDataGiftCertificatesItemSenderCreate",
    ),
    "cart_create_post_data_line_items_item": (
        "CartCreatePostDataLineItemsItem",
        "CartCreatePostDataLineItemsItemCreate",
    ),
    "cart_full": ("CartFull",),
    "cart_full_currency": ("CartFullCurrency",),
    "cart_full_discounts_item": ("CartFullDiscountsItem",),
    "cart_full_promotions": ("CartFullPromotions",),
    "cart_full_promotions_banners": ("CartFullPromotionsBanners",),
    "cart_items_action_cart_items": (
        "CartItemsActionCartItems",
        "CartItemsActionCartItemsCreate",
        "CartItemsActionCartItemsUpdate",
    ),
    "cart_line_item_delete": (
        "CartLineItemDelete",
        "CartLineItemDeleteCreate",
    ),
    "cart_line_item_update_post": (
        "CartLineItemUpdatePost",
        "CartLineItemUpdatePostCreate",
    ),
    "cart_line_item_update_post_gift_certificates_item": (
        "CartLineItemUpdatePostGiftCertificatesItem",
        "CartLineItemUpdatePostGiftCertificatesItemCreate",
    ),
    "cart_line_item_update_post_gift_certificates_item_recipient": (
        "CartLineItemUpdatePostGiftCertificatesItemRecipient",
        "CartLineItemUpdatePostGiftCertificatesItemRecipientCreate",
    ),
    "cart_line_item_update_post_gift_certificates_item_sender": (
        "CartLineItemUpdatePostGiftCertificatesItemSender",
        "CartLineItemUpdatePostGiftCertificatesItemSenderCreate",
    ),
    "cart_line_item_update_post_line_items_item": (
        "CartLineItemUpdatePostLineItemsItem",
        "CartLineItemUpdatePostLineItemsItemCreate",
    ),
    "cart_line_item_update_put": (
        "CartLineItemUpdatePut",
        "CartLineItemUpdatePutUpdate",
    ),
    "cart_line_item_update_put_gift_certificates_item": (
        "CartLineItemUpdatePutGiftCertificatesItem",
        "CartLineItemUpdatePutGiftCertificatesItemUpdate",
    ),
    "cart_line_item_update_put_gift_certificates_item_recipient": (
        "CartLineItemUpdatePutGiftCertificatesItemRecipient",
        "CartLineItemUpdatePutGiftCertificatesItemRecipientUpdate",
    ),
    "cart_line_item_update_put_gift_certificates_item_sender": (
        "CartLineItemUpdatePutGiftCertificatesItemSender",
        "CartLineItemUpdatePutGiftCertificatesItemSenderUpdate",
    ),
    "cart_line_item_update_put_line_item": (
        "CartLineItemUpdatePutLineItem",
        "CartLineItemUpdatePutLineItemUpdate",
    ),
    "cart_post_custom_item_item": (
        "CartPostCustomItemItem",
        "CartPostCustomItemItemCreate",
        "CartPostCustomItemItemUpdate",
    ),
    "cart_post_modifier_option_selections_item": (
        "CartPostModifierOptionSelectionsItem",
        "CartPostModifierOptionSelectionsItemCreate",
        "CartPostModifierOptionSelectionsItemUpdate",
    ),
    "cart_post_variant_gift_wrapping": (
        "CartPostVariantGiftWrapping",
        "CartPostVariantGiftWrappingCreate",
        "CartPostVariantGiftWrappingUpdate",
    ),
    "cart_post_variant_gift_wrapping_wrap_details_item": (
        "CartPostVariantGiftWrappingWrapDetailsItem",
        "CartPostVariantGiftWrappingWrapDetailsItemCreate",
        "CartPostVariantGiftWrappingWrapDetailsItemUpdate",
    ),
    "cart_redirect_response_data": ("CartRedirectResponseData",),
    "cart_settings": ("CartSettings",),
    "cart_update_put_request_data": (
        "CartUpdatePutRequestData",
        "CartUpdatePutRequestDataUpdate",
    ),
    "cart_value_action_cart_value": (
        "CartValueActionCartValue",
        "CartValueActionCartValueCreate",
        "CartValueActionCartValueUpdate",
    ),
    "carts_v3_applied_coupon": ("CartsV3AppliedCoupon",),
    "carts_v3_metafield": ("CartsV3Metafield",),
    "catalog_settings": (
        "CatalogSettings",
        "CatalogSettingsUpdate",
    ),
    "categories_catalog_v3_metafield_full": ("CategoriesCatalogV3MetafieldFull",),
    "categories_catalog_v3_url": ("CategoriesCatalogV3Url",),
    "category": (
        "Category",
        "CategoryCreate",
        "CategoryUpdate",
    ),
    "category_full": ("CategoryFull",),
    "category_node": ("CategoryNode",),
    "category_trees_catalog_v3_url": (
        "CategoryTreesCatalogV3Url",
        "CategoryTreesCatalogV3UrlCreate",
        "CategoryTreesCatalogV3UrlUpdate",
    ),
    "certificate_response_data": ("CertificateResponseData",),
    "certificate_write": (
        "CertificateWrite",
        "CertificateWriteUpdate",
    ),
    "channel_abandoned_cart_settings": (
        "ChannelAbandonedCartSettings",
        "ChannelAbandonedCartSettingsUpdate",
    ),
    "channel_cart_settings": (
        "ChannelCartSettings",
        "ChannelCartSettingsUpdate",
    ),
    "channel_checkouts_settings": (
        "ChannelCheckoutsSettings",
        "ChannelCheckoutsSettingsUpdate",
    ),
    "channel_menus_post": (
        "ChannelMenusPost",
        "ChannelMenusPostCreate",
    ),
    "channel_menus_resp_response_data": ("ChannelMenusRespResponseData",),
    "channel_order_settings": (
        "ChannelOrderSettings",
        "ChannelOrderSettingsUpdate",
    ),
    "channel_order_settings_notifications": (
        "ChannelOrderSettingsNotifications",
        "ChannelOrderSettingsNotificationsUpdate",
    ),
    "channel_order_settings_notifications_forward_invoice": (
        "ChannelOrderSettingsNotificationsForwardInvoice",
        "ChannelOrderSettingsNotificationsForwardInvoiceUpdate",
    ),
    "channel_order_settings_notifications_order_placed": (
        "ChannelOrderSettingsNotificationsOrderPlaced",
        "ChannelOrderSettingsNotificationsOrderPlacedUpdate",
    ),
    "channel_product_variant_full": ("ChannelProductVariantFull",),
    "channel_product_variant_partial": (
        "ChannelProductVariantPartial",
        "ChannelProductVariantPartialCreate",
        "ChannelProductVariantPartialUpdate",
    ),
    "channel_shipping_settings": (
        "ChannelShippingSettings",
        "ChannelShippingSettingsUpdate",
    ),
    "channel_shipping_settings_checkout": (
        "ChannelShippingSettingsCheckout",
        "ChannelShippingSettingsCheckoutUpdate",
    ),
    "channel_with_currencies": ("ChannelWithCurrencies",),
    "channel_without_currencies": ("ChannelWithoutCurrencies",),
    "channels_v3_site": ("ChannelsV3Site",),
    "channels_v3_url": ("ChannelsV3Url",),
    "checkout": ("Checkout",),
    "checkout_billing_address": ("CheckoutBillingAddress",),
    "checkout_billing_address_custom_fields_item": ("CheckoutBillingAddressCustomFieldsItem",),
    "checkout_cart": ("CheckoutCart",),
    "checkout_cart_coupons_item": ("CheckoutCartCouponsItem",),
    "checkout_cart_currency": ("CheckoutCartCurrency",),
    "checkout_cart_discounts_item": ("CheckoutCartDiscountsItem",),
    "checkout_cart_line_items": ("CheckoutCartLineItems",),
    "checkout_cart_line_items_custom_items_item": ("CheckoutCartLineItemsCustomItemsItem",),
    "checkout_cart_line_items_digital_items_item": ("CheckoutCartLineItemsDigitalItemsItem",),
    "checkout_cart_line_items_digital_items_item_discounts_item": (
        "CheckoutCartLineItemsDigitalItemsItemDiscountsItem",
    ),
    "checkout_cart_line_items_gift_certificates_item": (
        "CheckoutCartLineItemsGiftCertificatesItem",
    ),
    "checkout_cart_line_items_gift_certificates_item_recipient": (
        "CheckoutCartLineItemsGiftCertificatesItemRecipient",
    ),
    "checkout_cart_line_items_gift_certificates_item_sender": (
        "CheckoutCartLineItemsGiftCertificatesItemSender",
    ),
    "checkout_cart_line_items_physical_items_item": ("CheckoutCartLineItemsPhysicalItemsItem",),
    "checkout_cart_line_items_physical_items_item_discounts_item": (
        "CheckoutCartLineItemsPhysicalItemsItemDiscountsItem",
    ),
    "checkout_cart_line_items_physical_items_item_gift_wrapping": (
        "CheckoutCartLineItemsPhysicalItemsItemGiftWrapping",
    ),
    "checkout_consignments_item": ("CheckoutConsignmentsItem",),
    "checkout_consignments_item_address": ("CheckoutConsignmentsItemAddress",),
    "checkout_consignments_item_address_custom_fields_item": (
        "CheckoutConsignmentsItemAddressCustomFieldsItem",
    ),
    "checkout_consignments_item_available_shipping_options_item": (
        "CheckoutConsignmentsItemAvailableShippingOptionsItem",
    ),
    "checkout_consignments_item_coupon_discounts_item": (
        "CheckoutConsignmentsItemCouponDiscountsItem",
    ),
    "checkout_consignments_item_discounts_item": ("CheckoutConsignmentsItemDiscountsItem",),
    "checkout_consignments_item_selected_shipping_option": (
        "CheckoutConsignmentsItemSelectedShippingOption",
    ),
    "checkout_fee": ("CheckoutFee",),
    "checkout_promotions_item": ("CheckoutPromotionsItem",),
    "checkout_promotions_item_banners_item": ("CheckoutPromotionsItemBannersItem",),
    "checkout_put": (
        "CheckoutPut",
        "CheckoutPutUpdate",
    ),
    "checkout_taxes_item": ("CheckoutTaxesItem",),
    "checkouts_settings": ("CheckoutsSettings",),
    "checkouts_settings_request": (
        "CheckoutsSettingsRequest",
        "CheckoutsSettingsRequestUpdate",
    ),
    "checkouts_v3_applied_coupon": ("CheckoutsV3AppliedCoupon",),
    "checkouts_v3_order": ("CheckoutsV3Order",),
    "checkouts_v3_pickup_option": ("CheckoutsV3PickupOption",),
    "complex_rule_base": ("ComplexRuleBase",),
    "complex_rule_condition_base": ("ComplexRuleConditionBase",),
    "condition": (
        "Condition",
        "ConditionCreate",
        "ConditionUpdate",
    ),
    "conditions_request_item": (
        "ConditionsRequestItem",
        "ConditionsRequestItemCreate",
    ),
    "configured_filter": (
        "ConfiguredFilter",
        "ConfiguredFilterUpdate",
    ),
    "configured_filters_override": (
        "ConfiguredFiltersOverride",
        "ConfiguredFiltersOverrideUpdate",
    ),
    "consent_full": ("ConsentFull",),
    "coordinates": (
        "Coordinates",
        "CoordinatesCreate",
    ),
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
    "coupon_code_request": (
        "CouponCodeRequest",
        "CouponCodeRequestCreate",
    ),
    "coupon_restricted_to": (
        "CouponRestrictedTo",
        "CouponRestrictedToCreate",
        "CouponRestrictedToUpdate",
    ),
    "create_brand_image_request": (
        "CreateBrandImageRequest",
        "CreateBrandImageRequestCreate",
    ),
    "create_brand_image_response_data": ("CreateBrandImageResponseData",),
    "create_brand_request": (
        "CreateBrandRequest",
        "CreateBrandRequestCreate",
    ),
    "create_brand_request_custom_url": (
        "CreateBrandRequestCustomUrl",
        "CreateBrandRequestCustomUrlCreate",
    ),
    "create_brand_response_data": ("CreateBrandResponseData",),
    "create_brand_response_data_custom_url": ("CreateBrandResponseDataCustomUrl",),
    "create_brands_metafields_request_item": (
        "CreateBrandsMetafieldsRequestItem",
        "CreateBrandsMetafieldsRequestItemCreate",
    ),
    "create_bulk_pricing_rule_response_data": ("CreateBulkPricingRuleResponseData",),
    "create_carts_metafields_request_item": (
        "CreateCartsMetafieldsRequestItem",
        "CreateCartsMetafieldsRequestItemCreate",
    ),
    "create_categories_item": (
        "CreateCategoriesItem",
        "CreateCategoriesItemCreate",
    ),
    "create_categories_metafields_request_item": (
        "CreateCategoriesMetafieldsRequestItem",
        "CreateCategoriesMetafieldsRequestItemCreate",
    ),
    "create_category_image_request": (
        "CreateCategoryImageRequest",
        "CreateCategoryImageRequestCreate",
    ),
    "create_category_image_response_data": ("CreateCategoryImageResponseData",),
    "create_category_request": (
        "CreateCategoryRequest",
        "CreateCategoryRequestCreate",
    ),
    "create_category_request_custom_url": (
        "CreateCategoryRequestCustomUrl",
        "CreateCategoryRequestCustomUrlCreate",
    ),
    "create_channel_req": (
        "CreateChannelReq",
        "CreateChannelReqCreate",
    ),
    "create_checkout_token_request": (
        "CreateCheckoutTokenRequest",
        "CreateCheckoutTokenRequestCreate",
    ),
    "create_checkout_token_response": ("CreateCheckoutTokenResponse",),
    "create_consignment_request_item": (
        "CreateConsignmentRequestItem",
        "CreateConsignmentRequestItemCreate",
    ),
    "create_consignment_request_item_address": (
        "CreateConsignmentRequestItemAddress",
        "CreateConsignmentRequestItemAddressCreate",
    ),
    "create_consignment_request_item_address_custom_fields_item": (
        "CreateConsignmentRequestItemAddressCustomFieldsItem",
        "CreateConsignmentRequestItemAddressCustomFieldsItemCreate",
    ),
    "create_consignment_request_item_line_items_item": (
        "CreateConsignmentRequestItemLineItemsItem",
        "CreateConsignmentRequestItemLineItemsItemCreate",
    ),
    "create_consignment_request_item_pickup_option": (
        "CreateConsignmentRequestItemPickupOption",
        "CreateConsignmentRequestItemPickupOptionCreate",
    ),
    "create_customers_metafields_request_item": (
        "CreateCustomersMetafieldsRequestItem",
        "CreateCustomersMetafieldsRequestItemCreate",
    ),
    "create_deployment_request": (
        "CreateDeploymentRequest",
        "CreateDeploymentRequestCreate",
    ),
    "create_deployment_response": ("CreateDeploymentResponse",),
    "create_locations_metafields_request_item": (
        "CreateLocationsMetafieldsRequestItem",
        "CreateLocationsMetafieldsRequestItemCreate",
    ),
    "create_orders_metafields_request_item": (
        "CreateOrdersMetafieldsRequestItem",
        "CreateOrdersMetafieldsRequestItemCreate",
    ),
    "create_payment_access_token_request": (
        "CreatePaymentAccessTokenRequest",
        "CreatePaymentAccessTokenRequestCreate",
    ),
    "create_payment_access_token_response_data": ("CreatePaymentAccessTokenResponseData",),
    "create_price_list_records_request_item": (
        "CreatePriceListRecordsRequestItem",
        "CreatePriceListRecordsRequestItemCreate",
    ),
    "create_price_list_records_request_item_bulk_pricin_7e32d037": (
        "CreatePriceListRecordsRequestItemBulkPricingTiersItem",
        "CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate",
    ),
    "create_price_list_request": (
        "CreatePriceListRequest",
        "CreatePriceListRequestCreate",
    ),
    "create_price_list_response_data": ("CreatePriceListResponseData",),
    "create_product_complex_rule_request": (
        "CreateProductComplexRuleRequest",
        "CreateProductComplexRuleRequestCreate",
    ),
    "create_product_complex_rule_request_price_adjuster": (
        "CreateProductComplexRuleRequestPriceAdjuster",
        "CreateProductComplexRuleRequestPriceAdjusterCreate",
    ),
    "create_product_complex_rule_request_weight_adjuster": (
        "CreateProductComplexRuleRequestWeightAdjuster",
        "CreateProductComplexRuleRequestWeightAdjusterCreate",
    ),
    "create_product_complex_rule_response_data": ("CreateProductComplexRuleResponseData",),
    "create_product_complex_rule_response_data_conditions_item": (
        "CreateProductComplexRuleResponseDataConditionsItem",
    ),
    "create_product_complex_rule_response_data_price_adjuster": (
        "CreateProductComplexRuleResponseDataPriceAdjuster",
    ),
    "create_product_complex_rule_response_data_weight_adjuster": (
        "CreateProductComplexRuleResponseDataWeightAdjuster",
    ),
    "create_product_image_response_data": ("CreateProductImageResponseData",),
    "create_product_modifier_image_request": (
        "CreateProductModifierImageRequest",
        "CreateProductModifierImageRequestCreate",
    ),
    "create_product_modifier_image_response_data": ("CreateProductModifierImageResponseData",),
    "create_product_modifier_response_data": ("CreateProductModifierResponseData",),
    "create_product_modifier_value_request": (
        "CreateProductModifierValueRequest",
        "CreateProductModifierValueRequestCreate",
    ),
    "create_product_modifier_value_request_adjusters": (
        "CreateProductModifierValueRequestAdjusters",
        "CreateProductModifierValueRequestAdjustersCreate",
    ),
    "create_product_modifier_value_request_adjusters_price": (
        "CreateProductModifierValueRequestAdjustersPrice",
        "CreateProductModifierValueRequestAdjustersPriceCreate",
    ),
    "create_product_modifier_value_request_adjusters_pu_297e7a9c": (
        "CreateProductModifierValueRequestAdjustersPurchasingDisabled",
        "CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate",
    ),
    "create_product_modifier_value_request_adjusters_weight": (
        "CreateProductModifierValueRequestAdjustersWeight",
        "CreateProductModifierValueRequestAdjustersWeightCreate",
    ),
    "create_product_modifier_value_response_data": ("CreateProductModifierValueResponseData",),
    "create_product_modifier_value_response_data_adjust_fa98df88": (
        "CreateProductModifierValueResponseDataAdjustersPurchasingDisabled",
    ),
    "create_product_modifier_value_response_data_adjusters": (
        "CreateProductModifierValueResponseDataAdjusters",
    ),
    "create_product_modifier_value_response_data_adjusters_price": (
        "CreateProductModifierValueResponseDataAdjustersPrice",
    ),
    "create_product_modifier_value_response_data_adjusters_weight": (
        "CreateProductModifierValueResponseDataAdjustersWeight",
    ),
    "create_product_review_request": (
        "CreateProductReviewRequest",
        "CreateProductReviewRequestCreate",
    ),
    "create_product_review_response_data": ("CreateProductReviewResponseData",),
    "create_product_variant_image_request": (
        "CreateProductVariantImageRequest",
        "CreateProductVariantImageRequestCreate",
    ),
    "create_product_variant_image_response_data": ("CreateProductVariantImageResponseData",),
    "create_product_variant_option_request": (
        "CreateProductVariantOptionRequest",
        "CreateProductVariantOptionRequestCreate",
    ),
    "create_product_variant_option_request_config": (
        "CreateProductVariantOptionRequestConfig",
        "CreateProductVariantOptionRequestConfigCreate",
    ),
    "create_product_variant_option_request_option_values_item": (
        "CreateProductVariantOptionRequestOptionValuesItem",
        "CreateProductVariantOptionRequestOptionValuesItemCreate",
    ),
    "create_product_variant_option_response_data": ("CreateProductVariantOptionResponseData",),
    "create_product_variant_option_response_data_config": (
        "CreateProductVariantOptionResponseDataConfig",
    ),
    "create_product_variant_option_response_data_option_fc4826b3": (
        "CreateProductVariantOptionResponseDataOptionValuesItem",
    ),
    "create_product_variant_option_value_request": (
        "CreateProductVariantOptionValueRequest",
        "CreateProductVariantOptionValueRequestCreate",
    ),
    "create_product_variant_option_value_response_data": (
        "CreateProductVariantOptionValueResponseData",
    ),
    "create_product_video_request": (
        "CreateProductVideoRequest",
        "CreateProductVideoRequestCreate",
    ),
    "create_product_video_response_data": ("CreateProductVideoResponseData",),
    "create_products_metafields_request_item": (
        "CreateProductsMetafieldsRequestItem",
        "CreateProductsMetafieldsRequestItemCreate",
    ),
    "create_project_request": (
        "CreateProjectRequest",
        "CreateProjectRequestCreate",
    ),
    "create_promotion_code_request": (
        "CreatePromotionCodeRequest",
        "CreatePromotionCodeRequestCreate",
    ),
    "create_promotion_request": (
        "CreatePromotionRequest",
        "CreatePromotionRequestCreate",
    ),
    "create_redirect_export_job_request": (
        "CreateRedirectExportJobRequest",
        "CreateRedirectExportJobRequestCreate",
    ),
    "create_redirect_export_job_response": ("CreateRedirectExportJobResponse",),
    "create_redirect_import_job_request": (
        "CreateRedirectImportJobRequest",
        "CreateRedirectImportJobRequestCreate",
    ),
    "create_redirect_import_job_response": ("CreateRedirectImportJobResponse",),
    "create_settings_favicon_image_request": (
        "CreateSettingsFaviconImageRequest",
        "CreateSettingsFaviconImageRequestCreate",
    ),
    "create_settings_logo_image_request": (
        "CreateSettingsLogoImageRequest",
        "CreateSettingsLogoImageRequestCreate",
    ),
    "create_shipping_zones_request": (
        "CreateShippingZonesRequest",
        "CreateShippingZonesRequestCreate",
    ),
    "create_shipping_zones_request_free_shipping": (
        "CreateShippingZonesRequestFreeShipping",
        "CreateShippingZonesRequestFreeShippingCreate",
    ),
    "create_shipping_zones_request_handling_fees": (
        "CreateShippingZonesRequestHandlingFees",
        "CreateShippingZonesRequestHandlingFeesCreate",
    ),
    "create_shipping_zones_request_locations_item": (
        "CreateShippingZonesRequestLocationsItem",
        "CreateShippingZonesRequestLocationsItemCreate",
    ),
    "create_shipping_zones_response": ("CreateShippingZonesResponse",),
    "create_shipping_zones_response_free_shipping": ("CreateShippingZonesResponseFreeShipping",),
    "create_shipping_zones_response_handling_fees": ("CreateShippingZonesResponseHandlingFees",),
    "create_shipping_zones_response_locations_item": ("CreateShippingZonesResponseLocationsItem",),
    "create_token_request": (
        "CreateTokenRequest",
        "CreateTokenRequestCreate",
    ),
    "create_variants_metafields_request_item": (
        "CreateVariantsMetafieldsRequestItem",
        "CreateVariantsMetafieldsRequestItemCreate",
    ),
    "credit_card": ("CreditCard",),
    "currency": (
        "Currency",
        "CurrencyCreate",
        "CurrencyUpdate",
    ),
    "currency_not_required_with_channel_id": ("CurrencyNotRequiredWithChannelId",),
    "currency_required_with_channel_id": (
        "CurrencyRequiredWithChannelId",
        "CurrencyRequiredWithChannelIdCreate",
        "CurrencyRequiredWithChannelIdUpdate",
    ),
    "currency_required_without_channel_id": (
        "CurrencyRequiredWithoutChannelId",
        "CurrencyRequiredWithoutChannelIdCreate",
        "CurrencyRequiredWithoutChannelIdUpdate",
    ),
    "custom_app_sections_item": (
        "CustomAppSectionsItem",
        "CustomAppSectionsItemCreate",
    ),
    "custom_field_data": ("CustomFieldData",),
    "custom_field_post": (
        "CustomFieldPost",
        "CustomFieldPostCreate",
    ),
    "custom_field_put": (
        "CustomFieldPut",
        "CustomFieldPutUpdate",
    ),
    "custom_template_association": ("CustomTemplateAssociation",),
    "custom_template_association_upsert": (
        "CustomTemplateAssociationUpsert",
        "CustomTemplateAssociationUpsertUpdate",
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
    "customer_addresses_customer_post": (
        "CustomerAddressesCustomerPost",
        "CustomerAddressesCustomerPostCreate",
    ),
    "customer_attribute_value_collection_response_data_item": (
        "CustomerAttributeValueCollectionResponseDataItem",
    ),
    "customer_attributes_base": (
        "CustomerAttributesBase",
        "CustomerAttributesBaseCreate",
    ),
    "customer_attributes_response_data_item": ("CustomerAttributesResponseDataItem",),
    "customer_authentication": (
        "CustomerAuthentication",
        "CustomerAuthenticationCreate",
        "CustomerAuthenticationUpdate",
    ),
    "customer_authentication_post_put": (
        "CustomerAuthenticationPostPut",
        "CustomerAuthenticationPostPutCreate",
        "CustomerAuthenticationPostPutUpdate",
    ),
    "customer_channel_settings_object": (
        "CustomerChannelSettingsObject",
        "CustomerChannelSettingsObjectUpdate",
    ),
    "customer_channel_settings_object_customer_group_settings": (
        "CustomerChannelSettingsObjectCustomerGroupSettings",
        "CustomerChannelSettingsObjectCustomerGroupSettingsUpdate",
    ),
    "customer_channel_settings_object_privacy_settings": (
        "CustomerChannelSettingsObjectPrivacySettings",
        "CustomerChannelSettingsObjectPrivacySettingsUpdate",
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
    "customer_post": (
        "CustomerPost",
        "CustomerPostCreate",
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
    "customer_segment_limitation2": (
        "CustomerSegmentLimitation2",
        "CustomerSegmentLimitation2Create",
        "CustomerSegmentLimitation2Update",
    ),
    "customer_segment_limitation3": (
        "CustomerSegmentLimitation3",
        "CustomerSegmentLimitation3Create",
        "CustomerSegmentLimitation3Update",
    ),
    "customer_settings_object": (
        "CustomerSettingsObject",
        "CustomerSettingsObjectUpdate",
    ),
    "customer_settings_object_customer_group_settings": (
        "CustomerSettingsObjectCustomerGroupSettings",
        "CustomerSettingsObjectCustomerGroupSettingsUpdate",
    ),
    "customer_settings_object_privacy_settings": (
        "CustomerSettingsObjectPrivacySettings",
        "CustomerSettingsObjectPrivacySettingsUpdate",
    ),
    "customer_stored_credit_amounts_item": (
        "CustomerStoredCreditAmountsItem",
        "CustomerStoredCreditAmountsItemCreate",
        "CustomerStoredCreditAmountsItemUpdate",
    ),
    "customers_v3_customer_full": ("CustomersV3CustomerFull",),
    "customers_v3_customer_full_authentication": ("CustomersV3CustomerFullAuthentication",),
    "customers_v3_customer_put": (
        "CustomersV3CustomerPut",
        "CustomersV3CustomerPutUpdate",
    ),
    "customers_v3_metafield_full": ("CustomersV3MetafieldFull",),
    "customs_information": ("CustomsInformation",),
    "customs_information_request": (
        "CustomsInformationRequest",
        "CustomsInformationRequestUpdate",
    ),
    "declare_customer_consent_request": (
        "DeclareCustomerConsentRequest",
        "DeclareCustomerConsentRequestUpdate",
    ),
    "delete_carrier_connection_request": (
        "DeleteCarrierConnectionRequest",
        "DeleteCarrierConnectionRequestCreate",
    ),
    "delete_consignment_request": (
        "DeleteConsignmentRequest",
        "DeleteConsignmentRequestCreate",
    ),
    "delete_coupon_code_request": (
        "DeleteCouponCodeRequest",
        "DeleteCouponCodeRequestCreate",
    ),
    "delete_fees_request": (
        "DeleteFeesRequest",
        "DeleteFeesRequestCreate",
    ),
    "delete_price_list_records_response": ("DeletePriceListRecordsResponse",),
    "digital_consignment_get": ("DigitalConsignmentGet",),
    "digital_consignment_get_line_items_item": ("DigitalConsignmentGetLineItemsItem",),
    "discount": (
        "Discount",
        "DiscountCreate",
        "DiscountUpdate",
    ),
    "dropzone": (
        "Dropzone",
        "DropzoneCreate",
    ),
    "email_template": (
        "EmailTemplate",
        "EmailTemplateUpdate",
    ),
    "enabled_transactional_emails": (
        "EnabledTransactionalEmails",
        "EnabledTransactionalEmailsUpdate",
    ),
    "environment_variable": (
        "EnvironmentVariable",
        "EnvironmentVariableCreate",
    ),
    "fee_with_id": (
        "FeeWithId",
        "FeeWithIdUpdate",
    ),
    "fixed_price_set_action_fixed_price_set": (
        "FixedPriceSetActionFixedPriceSet",
        "FixedPriceSetActionFixedPriceSetCreate",
        "FixedPriceSetActionFixedPriceSetUpdate",
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
    "form_field_value_collection_response_data_item": ("FormFieldValueCollectionResponseDataItem",),
    "form_field_value_customer": ("FormFieldValueCustomer",),
    "form_field_value_full": (
        "FormFieldValueFull",
        "FormFieldValueFullUpdate",
    ),
    "form_field_values_response_data_item": ("FormFieldValuesResponseDataItem",),
    "form_fields": (
        "FormFields",
        "FormFieldsUpdate",
    ),
    "generate_promotion_codes_batch_request": (
        "GeneratePromotionCodesBatchRequest",
        "GeneratePromotionCodesBatchRequestCreate",
    ),
    "geography_v2_count_full": ("GeographyV2CountFull",),
    "get_all_bulk_pricing_rules_response_data": ("GetAllBulkPricingRulesResponseData",),
    "get_banners_count_response": ("GetBannersCountResponse",),
    "get_bulk_pricing_rule_response_data": ("GetBulkPricingRuleResponseData",),
    "get_catalog_summary_response_data": ("GetCatalogSummaryResponseData",),
    "get_categories": ("GetCategories",),
    "get_channel_order_settings_response": ("GetChannelOrderSettingsResponse",),
    "get_customer_stored_instruments_response_item": ("GetCustomerStoredInstrumentsResponseItem",),
    "get_default_abandoned_cart_email_template_response": (
        "GetDefaultAbandonedCartEmailTemplateResponse",
    ),
    "get_default_abandoned_cart_email_template_response_0bb8b572": (
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys",
    ),
    "get_default_abandoned_cart_email_template_response_c1d88966": (
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem",
    ),
    "get_global_order_settings_response": ("GetGlobalOrderSettingsResponse",),
    "get_hooks_admin_response_data": ("GetHooksAdminResponseData",),
    "get_hooks_admin_response_data_blocked_domains_item": (
        "GetHooksAdminResponseDataBlockedDomainsItem",
    ),
    "get_hooks_admin_response_data_blocked_domains_item_48f3e7a4": (
        "GetHooksAdminResponseDataBlockedDomainsItemReasonsItem",
    ),
    "get_hooks_admin_response_data_hooks_list_item": ("GetHooksAdminResponseDataHooksListItem",),
    "get_page_snapshot_response_data": ("GetPageSnapshotResponseData",),
    "get_price_list_record_response_data": ("GetPriceListRecordResponseData",),
    "get_price_list_record_response_data_bulk_pricing_tiers_item": (
        "GetPriceListRecordResponseDataBulkPricingTiersItem",
    ),
    "get_price_list_records_by_variant_id_response_data_668a2a32": (
        "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItem",
    ),
    "get_price_list_records_by_variant_id_response_data_item": (
        "GetPriceListRecordsByVariantIdResponseDataItem",
    ),
    "get_price_list_records_response_data_item": ("GetPriceListRecordsResponseDataItem",),
    "get_price_list_records_response_data_item_bulk_pri_64bc8550": (
        "GetPriceListRecordsResponseDataItemBulkPricingTiersItem",
    ),
    "get_price_list_response_data": ("GetPriceListResponseData",),
    "get_price_lists_response_data_item": ("GetPriceListsResponseDataItem",),
    "get_prices_request": (
        "GetPricesRequest",
        "GetPricesRequestCreate",
    ),
    "get_prices_request_items_item": (
        "GetPricesRequestItemsItem",
        "GetPricesRequestItemsItemCreate",
    ),
    "get_prices_request_items_item_options_item": (
        "GetPricesRequestItemsItemOptionsItem",
        "GetPricesRequestItemsItemOptionsItemCreate",
    ),
    "get_prices_response_data_item": ("GetPricesResponseDataItem",),
    "get_prices_response_data_item_calculated_price": ("GetPricesResponseDataItemCalculatedPrice",),
    "get_prices_response_data_item_minimum_advertised_price": (
        "GetPricesResponseDataItemMinimumAdvertisedPrice",
    ),
    "get_prices_response_data_item_price": ("GetPricesResponseDataItemPrice",),
    "get_prices_response_data_item_price_range": ("GetPricesResponseDataItemPriceRange",),
    "get_prices_response_data_item_price_range_maximum": (
        "GetPricesResponseDataItemPriceRangeMaximum",
    ),
    "get_prices_response_data_item_price_range_minimum": (
        "GetPricesResponseDataItemPriceRangeMinimum",
    ),
    "get_prices_response_data_item_retail_price": ("GetPricesResponseDataItemRetailPrice",),
    "get_prices_response_data_item_retail_price_range": (
        "GetPricesResponseDataItemRetailPriceRange",
    ),
    "get_prices_response_data_item_retail_price_range_maximum": (
        "GetPricesResponseDataItemRetailPriceRangeMaximum",
    ),
    "get_prices_response_data_item_retail_price_range_minimum": (
        "GetPricesResponseDataItemRetailPriceRangeMinimum",
    ),
    "get_prices_response_data_item_sale_price": ("GetPricesResponseDataItemSalePrice",),
    "get_prices_response_data_item_saved": ("GetPricesResponseDataItemSaved",),
    "get_product_complex_rule_response_data": ("GetProductComplexRuleResponseData",),
    "get_product_complex_rule_response_data_conditions_item": (
        "GetProductComplexRuleResponseDataConditionsItem",
    ),
    "get_product_complex_rule_response_data_price_adjuster": (
        "GetProductComplexRuleResponseDataPriceAdjuster",
    ),
    "get_product_complex_rule_response_data_weight_adjuster": (
        "GetProductComplexRuleResponseDataWeightAdjuster",
    ),
    "get_product_response_data": ("GetProductResponseData",),
    "get_product_review_response_data": ("GetProductReviewResponseData",),
    "get_product_reviews_response_data_item": ("GetProductReviewsResponseDataItem",),
    "get_product_variant_option_value_response_data": ("GetProductVariantOptionValueResponseData",),
    "get_product_variant_option_values_response_data_item": (
        "GetProductVariantOptionValuesResponseDataItem",
    ),
    "get_products_response_data_item": ("GetProductsResponseDataItem",),
    "get_shipping_method_response": ("GetShippingMethodResponse",),
    "get_shipping_method_response_handling_fees": ("GetShippingMethodResponseHandlingFees",),
    "get_shipping_zone_response": ("GetShippingZoneResponse",),
    "get_shipping_zone_response_free_shipping": ("GetShippingZoneResponseFreeShipping",),
    "get_shipping_zone_response_handling_fees": ("GetShippingZoneResponseHandlingFees",),
    "get_shipping_zone_response_locations_item": ("GetShippingZoneResponseLocationsItem",),
    "get_shipping_zones_response_item": ("GetShippingZonesResponseItem",),
    "get_shipping_zones_response_item_free_shipping": ("GetShippingZonesResponseItemFreeShipping",),
    "get_shipping_zones_response_item_handling_fees": ("GetShippingZonesResponseItemHandlingFees",),
    "get_shipping_zones_response_item_locations_item": (
        "GetShippingZonesResponseItemLocationsItem",
    ),
    "get_theme_custom_templates_response_data": ("GetThemeCustomTemplatesResponseData",),
    "get_variants_response_data_item": ("GetVariantsResponseDataItem",),
    "get_variants_response_data_item_option_values_item": (
        "GetVariantsResponseDataItemOptionValuesItem",
    ),
    "gift_certificate": (
        "GiftCertificate",
        "GiftCertificateCreate",
        "GiftCertificateUpdate",
    ),
    "gift_certificate_consignment_get": ("GiftCertificateConsignmentGet",),
    "gift_certificate_consignment_get_line_items_item": (
        "GiftCertificateConsignmentGetLineItemsItem",
    ),
    "gift_item_action_gift_item": (
        "GiftItemActionGiftItem",
        "GiftItemActionGiftItemCreate",
        "GiftItemActionGiftItemUpdate",
    ),
    "global_abandoned_cart_settings_request": (
        "GlobalAbandonedCartSettingsRequest",
        "GlobalAbandonedCartSettingsRequestUpdate",
    ),
    "global_cart_settings_request": (
        "GlobalCartSettingsRequest",
        "GlobalCartSettingsRequestUpdate",
    ),
    "global_order_settings": (
        "GlobalOrderSettings",
        "GlobalOrderSettingsUpdate",
    ),
    "global_order_settings_notifications": (
        "GlobalOrderSettingsNotifications",
        "GlobalOrderSettingsNotificationsUpdate",
    ),
    "global_order_settings_notifications_forward_invoice": (
        "GlobalOrderSettingsNotificationsForwardInvoice",
        "GlobalOrderSettingsNotificationsForwardInvoiceUpdate",
    ),
    "global_order_settings_notifications_order_placed": (
        "GlobalOrderSettingsNotificationsOrderPlaced",
        "GlobalOrderSettingsNotificationsOrderPlacedUpdate",
    ),
    "global_promotion_settings": (
        "GlobalPromotionSettings",
        "GlobalPromotionSettingsUpdate",
    ),
    "google_product_search_mapping": ("GoogleProductSearchMapping",),
    "http201_create_pages_response_data": ("HTTP201CreatePagesResponseData",),
    "import_errors_item": ("ImportErrorsItem",),
    "install_certificate_data": (
        "InstallCertificateData",
        "InstallCertificateDataUpdate",
    ),
    "installed_certificate_detail": ("InstalledCertificateDetail",),
    "inventory_notifications_settings": (
        "InventoryNotificationsSettings",
        "InventoryNotificationsSettingsUpdate",
    ),
    "inventory_settings": (
        "InventorySettings",
        "InventorySettingsUpdate",
    ),
    "item_custom_get": ("ItemCustomGet",),
    "item_digital_get": ("ItemDigitalGet",),
    "item_digital_get_discounts_item": ("ItemDigitalGetDiscountsItem",),
    "item_gift_certificate_get": ("ItemGiftCertificateGet",),
    "item_gift_certificate_get_recipient": ("ItemGiftCertificateGetRecipient",),
    "item_gift_certificate_get_sender": ("ItemGiftCertificateGetSender",),
    "item_matcher": (
        "ItemMatcher",
        "ItemMatcherCreate",
        "ItemMatcherUpdate",
    ),
    "item_matcher2": (
        "ItemMatcher2",
        "ItemMatcher2Create",
        "ItemMatcher2Update",
    ),
    "item_matcher3": (
        "ItemMatcher3",
        "ItemMatcher3Create",
        "ItemMatcher3Update",
    ),
    "item_physical_get": ("ItemPhysicalGet",),
    "item_physical_get_discounts_item": ("ItemPhysicalGetDiscountsItem",),
    "item_physical_get_gift_wrapping": ("ItemPhysicalGetGiftWrapping",),
    "item_response": ("ItemResponse",),
    "item_response_identity": ("ItemResponseIdentity",),
    "item_response_locations_item": ("ItemResponseLocationsItem",),
    "item_response_locations_item_settings": ("ItemResponseLocationsItemSettings",),
    "items_refund": (
        "ItemsRefund",
        "ItemsRefundCreate",
    ),
    "job_id": ("JobId",),
    "job_response_data": ("JobResponseData",),
    "job_response_data_errors_item": ("JobResponseDataErrorsItem",),
    "job_response_data_warnings_item": ("JobResponseDataWarningsItem",),
    "line_items_get": ("LineItemsGet",),
    "listing": ("Listing",),
    "locale": (
        "Locale",
        "LocaleUpdate",
    ),
    "locale_object": (
        "LocaleObject",
        "LocaleObjectUpdate",
    ),
    "location_items_response": ("LocationItemsResponse",),
    "location_items_response_identity": ("LocationItemsResponseIdentity",),
    "location_items_response_settings": ("LocationItemsResponseSettings",),
    "location_items_settings_request": (
        "LocationItemsSettingsRequest",
        "LocationItemsSettingsRequestUpdate",
    ),
    "location_items_settings_request_settings_item": (
        "LocationItemsSettingsRequestSettingsItem",
        "LocationItemsSettingsRequestSettingsItemUpdate",
    ),
    "location_items_settings_request_settings_item_identity": (
        "LocationItemsSettingsRequestSettingsItemIdentity",
        "LocationItemsSettingsRequestSettingsItemIdentityUpdate",
    ),
    "location_response": ("LocationResponse",),
    "location_response_address": ("LocationResponseAddress",),
    "location_response_address_geo_coordinates": ("LocationResponseAddressGeoCoordinates",),
    "location_response_special_hours_item": ("LocationResponseSpecialHoursItem",),
    "locations_create_request_item": (
        "LocationsCreateRequestItem",
        "LocationsCreateRequestItemCreate",
    ),
    "locations_create_request_item_address": (
        "LocationsCreateRequestItemAddress",
        "LocationsCreateRequestItemAddressCreate",
    ),
    "locations_create_request_item_address_geo_coordinates": (
        "LocationsCreateRequestItemAddressGeoCoordinates",
        "LocationsCreateRequestItemAddressGeoCoordinatesCreate",
    ),
    "locations_update_request_item": (
        "LocationsUpdateRequestItem",
        "LocationsUpdateRequestItemUpdate",
    ),
    "locations_update_request_item_address": (
        "LocationsUpdateRequestItemAddress",
        "LocationsUpdateRequestItemAddressUpdate",
    ),
    "locations_update_request_item_address_geo_coordinates": (
        "LocationsUpdateRequestItemAddressGeoCoordinates",
        "LocationsUpdateRequestItemAddressGeoCoordinatesUpdate",
    ),
    "locations_v3_metafield": ("LocationsV3Metafield",),
    "locations_v3_metafield_base": (
        "LocationsV3MetafieldBase",
        "LocationsV3MetafieldBaseCreate",
        "LocationsV3MetafieldBaseUpdate",
    ),
    "logo_settings": ("LogoSettings",),
    "logo_settings_update2": (
        "LogoSettingsUpdate2",
        "LogoSettingsUpdate2Update",
    ),
    "measurement_units_settings": (
        "MeasurementUnitsSettings",
        "MeasurementUnitsSettingsUpdate",
    ),
    "merchant_override": (
        "MerchantOverride",
        "MerchantOverrideCreate",
    ),
    "meta_data": ("MetaData",),
    "metafield200_response": ("Metafield200Response",),
    "metafield_base_post": (
        "MetafieldBasePost",
        "MetafieldBasePostCreate",
        "MetafieldBasePostUpdate",
    ),
    "metafield_base_post_put": (
        "MetafieldBasePostPut",
        "MetafieldBasePostPutCreate",
        "MetafieldBasePostPutUpdate",
    ),
    "metafield_base_put": (
        "MetafieldBasePut",
        "MetafieldBasePutUpdate",
    ),
    "metafield_post": (
        "MetafieldPost",
        "MetafieldPostCreate",
    ),
    "metafield_post2": (
        "MetafieldPost2",
        "MetafieldPost2Create",
    ),
    "metafield_put": (
        "MetafieldPut",
        "MetafieldPutUpdate",
    ),
    "metafield_put2": (
        "MetafieldPut2",
        "MetafieldPut2Update",
    ),
    "no_content": ("NoContent",),
    "notification": (
        "Notification",
        "NotificationCreate",
        "NotificationUpdate",
    ),
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
    "order_consignment_get": ("OrderConsignmentGet",),
    "order_consignment_get_email": ("OrderConsignmentGetEmail",),
    "order_coupon": ("OrderCoupon",),
    "order_fee": (
        "OrderFee",
        "OrderFeeCreate",
        "OrderFeeUpdate",
    ),
    "order_fees_resp": ("OrderFeesResp",),
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
    "order_products_configurable_fields_item": ("OrderProductsConfigurableFieldsItem",),
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
    "orders_v3_metafield": ("OrdersV3Metafield",),
    "page": (
        "Page",
        "PageCreate",
        "PageUpdate",
    ),
    "page_put_obj": (
        "PagePutObj",
        "PagePutObjUpdate",
    ),
    "pages_collection_response_data_item": ("PagesCollectionResponseDataItem",),
    "parent_relation": ("ParentRelation",),
    "payment_method": ("PaymentMethod",),
    "payment_method_full": ("PaymentMethodFull",),
    "payment_method_full_supported_instruments_item": (
        "PaymentMethodFullSupportedInstrumentsItem",
    ),
    "payment_method_stored_instrument": ("PaymentMethodStoredInstrument",),
    "payment_option": ("PaymentOption",),
    "payment_request": (
        "PaymentRequest",
        "PaymentRequestCreate",
    ),
    "payments_post_request": (
        "PaymentsPostRequest",
        "PaymentsPostRequestCreate",
    ),
    "payments_post_request_payment": (
        "PaymentsPostRequestPayment",
        "PaymentsPostRequestPaymentCreate",
    ),
    "payments_post_request_payment_instrument": (
        "PaymentsPostRequestPaymentInstrument",
        "PaymentsPostRequestPaymentInstrumentCreate",
    ),
    "payments_post_response_data": ("PaymentsPostResponseData",),
    "pickup": ("Pickup",),
    "pickup_consignment_get": ("PickupConsignmentGet",),
    "pickup_consignment_get_line_items_item": ("PickupConsignmentGetLineItemsItem",),
    "pickup_consignment_location_get": ("PickupConsignmentLocationGet",),
    "pickup_item": ("PickupItem",),
    "pickup_method": ("PickupMethod",),
    "pickup_method_response": ("PickupMethodResponse",),
    "pickup_options_response": ("PickupOptionsResponse",),
    "pickup_options_response_results_item": ("PickupOptionsResponseResultsItem",),
    "pickup_options_v3_item": (
        "PickupOptionsV3Item",
        "PickupOptionsV3ItemCreate",
    ),
    "pickup_options_v3_pickup_option": ("PickupOptionsV3PickupOption",),
    "pickup_request_payload": (
        "PickupRequestPayload",
        "PickupRequestPayloadCreate",
    ),
    "placement_full": ("PlacementFull",),
    "placement_post": (
        "PlacementPost",
        "PlacementPostCreate",
    ),
    "placement_put": (
        "PlacementPut",
        "PlacementPutUpdate",
    ),
    "post_request_pickup": (
        "PostRequestPickup",
        "PostRequestPickupCreate",
    ),
    "post_request_pickup_item": (
        "PostRequestPickupItem",
        "PostRequestPickupItemCreate",
    ),
    "post_site": (
        "PostSite",
        "PostSiteCreate",
    ),
    "price_lists_v3_bulk_pricing_tier": (
        "PriceListsV3BulkPricingTier",
        "PriceListsV3BulkPricingTierCreate",
        "PriceListsV3BulkPricingTierUpdate",
    ),
    "price_record_batch_item": (
        "PriceRecordBatchItem",
        "PriceRecordBatchItemCreate",
        "PriceRecordBatchItemUpdate",
    ),
    "pricing_sf_bulk_pricing_tier": ("PricingSfBulkPricingTier",),
    "primary_image_full": ("PrimaryImageFull",),
    "product": (
        "Product",
        "ProductCreate",
        "ProductUpdate",
    ),
    "product_base_post": (
        "ProductBasePOST",
        "ProductBasePOSTCreate",
    ),
    "product_base_post_bulk_pricing_rules_item": (
        "ProductBasePOSTBulkPricingRulesItem",
        "ProductBasePOSTBulkPricingRulesItemCreate",
    ),
    "product_base_put_bulk_pricing_rules_item": (
        "ProductBasePUTBulkPricingRulesItem",
        "ProductBasePUTBulkPricingRulesItemUpdate",
    ),
    "product_base_response_bulk_pricing_rules_item": ("ProductBaseResponseBulkPricingRulesItem",),
    "product_category_assignment": (
        "ProductCategoryAssignment",
        "ProductCategoryAssignmentUpdate",
    ),
    "product_channel_assignment": (
        "ProductChannelAssignment",
        "ProductChannelAssignmentUpdate",
    ),
    "product_configurable_field": ("ProductConfigurableField",),
    "product_custom_field": (
        "ProductCustomField",
        "ProductCustomFieldCreate",
        "ProductCustomFieldUpdate",
    ),
    "product_custom_field_matcher_product_custom_field": (
        "ProductCustomFieldMatcherProductCustomField",
        "ProductCustomFieldMatcherProductCustomFieldCreate",
        "ProductCustomFieldMatcherProductCustomFieldUpdate",
    ),
    "product_custom_field_put": (
        "ProductCustomFieldPut",
        "ProductCustomFieldPutCreate",
        "ProductCustomFieldPutUpdate",
    ),
    "product_discount_rule": (
        "ProductDiscountRule",
        "ProductDiscountRuleCreate",
        "ProductDiscountRuleUpdate",
    ),
    "product_full": ("ProductFull",),
    "product_image": (
        "ProductImage",
        "ProductImageCreate",
        "ProductImageUpdate",
    ),
    "product_image_full": (
        "ProductImageFull",
        "ProductImageFullCreate",
        "ProductImageFullUpdate",
    ),
    "product_image_post_put": (
        "ProductImagePostPut",
        "ProductImagePostPutCreate",
        "ProductImagePostPutUpdate",
    ),
    "product_modifier_option_value_full": ("ProductModifierOptionValueFull",),
    "product_modifier_post": (
        "ProductModifierPost",
        "ProductModifierPostCreate",
    ),
    "product_modifier_post_option_values_item": (
        "ProductModifierPostOptionValuesItem",
        "ProductModifierPostOptionValuesItemCreate",
    ),
    "product_modifier_post_option_values_item_adjusters": (
        "ProductModifierPostOptionValuesItemAdjusters",
        "ProductModifierPostOptionValuesItemAdjustersCreate",
    ),
    "product_modifier_post_option_values_item_adjusters_price": (
        "ProductModifierPostOptionValuesItemAdjustersPrice",
        "ProductModifierPostOptionValuesItemAdjustersPriceCreate",
    ),
    "product_modifiers_catalog_v3_config_full": (
        "ProductModifiersCatalogV3ConfigFull",
        "ProductModifiersCatalogV3ConfigFullCreate",
    ),
    "product_modifiers_catalog_v3_product_modifier_full": (
        "ProductModifiersCatalogV3ProductModifierFull",
    ),
    "product_option": ("ProductOption",),
    "product_option_base": ("ProductOptionBase",),
    "product_option_config_full": ("ProductOptionConfigFull",),
    "product_option_full": ("ProductOptionFull",),
    "product_option_option_value_full": ("ProductOptionOptionValueFull",),
    "product_options_item_matcher_product_option": (
        "ProductOptionsItemMatcherProductOption",
        "ProductOptionsItemMatcherProductOptionCreate",
        "ProductOptionsItemMatcherProductOptionUpdate",
    ),
    "product_primary_image": ("ProductPrimaryImage",),
    "product_put": (
        "ProductPut",
        "ProductPutUpdate",
    ),
    "product_put_collection_item": (
        "ProductPutCollectionItem",
        "ProductPutCollectionItemUpdate",
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
    "product_sort_order": (
        "ProductSortOrder",
        "ProductSortOrderUpdate",
    ),
    "product_tax_property": (
        "ProductTaxProperty",
        "ProductTaxPropertyUpdate",
    ),
    "product_variant_post": (
        "ProductVariantPost",
        "ProductVariantPostCreate",
    ),
    "product_variant_put": (
        "ProductVariantPut",
        "ProductVariantPutUpdate",
    ),
    "product_variants_catalog_v3_metafield": ("ProductVariantsCatalogV3Metafield",),
    "product_variants_catalog_v3_product_variant_full": (
        "ProductVariantsCatalogV3ProductVariantFull",
    ),
    "product_variants_catalog_v3_product_variant_option_35ddc276": (
        "ProductVariantsCatalogV3ProductVariantOptionValueFull",
        "ProductVariantsCatalogV3ProductVariantOptionValueFullCreate",
    ),
    "product_video": (
        "ProductVideo",
        "ProductVideoCreate",
    ),
    "product_video_full": (
        "ProductVideoFull",
        "ProductVideoFullCreate",
        "ProductVideoFullUpdate",
    ),
    "products_catalog_v3_config_full": ("ProductsCatalogV3ConfigFull",),
    "products_catalog_v3_custom_url_full": (
        "ProductsCatalogV3CustomUrlFull",
        "ProductsCatalogV3CustomUrlFullCreate",
        "ProductsCatalogV3CustomUrlFullUpdate",
    ),
    "products_catalog_v3_metafield": ("ProductsCatalogV3Metafield",),
    "products_catalog_v3_metafield_full": ("ProductsCatalogV3MetafieldFull",),
    "products_catalog_v3_product_modifier_full": ("ProductsCatalogV3ProductModifierFull",),
    "products_catalog_v3_product_variant_full": (
        "ProductsCatalogV3ProductVariantFull",
        "ProductsCatalogV3ProductVariantFullCreate",
    ),
    "products_catalog_v3_product_variant_option_value_full": (
        "ProductsCatalogV3ProductVariantOptionValueFull",
        "ProductsCatalogV3ProductVariantOptionValueFullCreate",
    ),
    "project": ("Project",),
    "promotions_collection_response_data_item": ("PromotionsCollectionResponseDataItem",),
    "promotions_response_data": ("PromotionsResponseData",),
    "promotions_v3_channel": (
        "PromotionsV3Channel",
        "PromotionsV3ChannelCreate",
        "PromotionsV3ChannelUpdate",
    ),
    "property": ("Property",),
    "property_post": (
        "PropertyPOST",
        "PropertyPOSTCreate",
    ),
    "property_put": (
        "PropertyPUT",
        "PropertyPUTUpdate",
    ),
    "publish": (
        "Publish",
        "PublishCreate",
    ),
    "put_checkout_url": (
        "PutCheckoutUrl",
        "PutCheckoutUrlUpdate",
    ),
    "put_pickup_methods_request_item": (
        "PutPickupMethodsRequestItem",
        "PutPickupMethodsRequestItemUpdate",
    ),
    "put_request_pickup": (
        "PutRequestPickup",
        "PutRequestPickupUpdate",
    ),
    "put_site": (
        "PutSite",
        "PutSiteUpdate",
    ),
    "redirect": (
        "Redirect",
        "RedirectCreate",
        "RedirectUpdate",
    ),
    "redirect301_import_export_job_read": ("Redirect301ImportExportJobRead",),
    "redirect301_read": ("Redirect301Read",),
    "redirect301_upsert": (
        "Redirect301Upsert",
        "Redirect301UpsertUpdate",
    ),
    "redirect_forward": (
        "RedirectForward",
        "RedirectForwardCreate",
        "RedirectForwardUpdate",
    ),
    "redirect_to": (
        "RedirectTo",
        "RedirectToUpdate",
    ),
    "redirect_urls_post": (
        "RedirectUrlsPost",
        "RedirectUrlsPostCreate",
    ),
    "redirect_urls_post_query_params": (
        "RedirectUrlsPostQueryParams",
        "RedirectUrlsPostQueryParamsCreate",
    ),
    "reference_request": ("ReferenceRequest",),
    "reference_request_options_item": ("ReferenceRequestOptionsItem",),
    "refund": ("Refund",),
    "refund_id_get_data": ("RefundIDGetData",),
    "refund_id_get_data_items_item": ("RefundIDGetDataItemsItem",),
    "refund_id_get_data_payments_item": ("RefundIDGetDataPaymentsItem",),
    "refund_item": ("RefundItem",),
    "refund_item_adjustment": (
        "RefundItemAdjustment",
        "RefundItemAdjustmentCreate",
    ),
    "refund_payment": ("RefundPayment",),
    "refund_quote_full": ("RefundQuoteFull",),
    "refund_quote_post": (
        "RefundQuotePost",
        "RefundQuotePostCreate",
    ),
    "refund_request_post": (
        "RefundRequestPost",
        "RefundRequestPostCreate",
    ),
    "region": (
        "Region",
        "RegionCreate",
    ),
    "region_children_item": (
        "RegionChildrenItem",
        "RegionChildrenItemCreate",
    ),
    "resource_link": ("ResourceLink",),
    "response_connection_data": ("ResponseConnectionData",),
    "response_connection_data_target": ("ResponseConnectionDataTarget",),
    "robots_txt_settings": (
        "RobotsTxtSettings",
        "RobotsTxtSettingsUpdate",
    ),
    "rule": (
        "Rule",
        "RuleCreate",
        "RuleUpdate",
    ),
    "saved_coupon_promotion_multiple_codes": ("SavedCouponPromotionMultipleCodes",),
    "script_full": ("ScriptFull",),
    "script_post": (
        "ScriptPost",
        "ScriptPostCreate",
    ),
    "script_put": (
        "ScriptPut",
        "ScriptPutUpdate",
    ),
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
    "segment": ("Segment",),
    "segment_post": (
        "SegmentPost",
        "SegmentPostCreate",
    ),
    "segment_put": (
        "SegmentPut",
        "SegmentPutUpdate",
    ),
    "seo_settings": (
        "SEOSettings",
        "SEOSettingsUpdate",
    ),
    "set_price_list_record_request": (
        "SetPriceListRecordRequest",
        "SetPriceListRecordRequestUpdate",
    ),
    "set_price_list_record_request_bulk_pricing_tiers_item": (
        "SetPriceListRecordRequestBulkPricingTiersItem",
        "SetPriceListRecordRequestBulkPricingTiersItemUpdate",
    ),
    "set_price_list_record_response_data": ("SetPriceListRecordResponseData",),
    "set_price_list_record_response_data_bulk_pricing_tiers_item": (
        "SetPriceListRecordResponseDataBulkPricingTiersItem",
    ),
    "shipping_action_shipping": (
        "ShippingActionShipping",
        "ShippingActionShippingCreate",
        "ShippingActionShippingUpdate",
    ),
    "shipping_address_put": (
        "ShippingAddressPut",
        "ShippingAddressPutUpdate",
    ),
    "shipping_consignment_get": ("ShippingConsignmentGet",),
    "shipping_consignment_get_line_items_item": ("ShippingConsignmentGetLineItemsItem",),
    "shipping_method": ("ShippingMethod",),
    "shipping_method_base": (
        "ShippingMethodBase",
        "ShippingMethodBaseCreate",
        "ShippingMethodBaseUpdate",
    ),
    "shipping_method_base_handling_fees": (
        "ShippingMethodBaseHandlingFees",
        "ShippingMethodBaseHandlingFeesCreate",
        "ShippingMethodBaseHandlingFeesUpdate",
    ),
    "shipping_method_base_settings": (
        "ShippingMethodBaseSettings",
        "ShippingMethodBaseSettingsCreate",
        "ShippingMethodBaseSettingsUpdate",
    ),
    "shipping_method_full": ("ShippingMethodFull",),
    "shipping_quotes_base": ("ShippingQuotesBase",),
    "shipping_quotes_consignment_resource": ("ShippingQuotesConsignmentResource",),
    "shipping_quotes_resource": ("ShippingQuotesResource",),
    "shipping_settings": (
        "ShippingSettings",
        "ShippingSettingsUpdate",
    ),
    "shipping_settings_checkout": (
        "ShippingSettingsCheckout",
        "ShippingSettingsCheckoutUpdate",
    ),
    "shopper_profile": ("ShopperProfile",),
    "shopper_profile_post": (
        "ShopperProfilePost",
        "ShopperProfilePostCreate",
    ),
    "simple_item_matcher": (
        "SimpleItemMatcher",
        "SimpleItemMatcherCreate",
        "SimpleItemMatcherUpdate",
    ),
    "simple_transaction_response": ("SimpleTransactionResponse",),
    "single_page_response_data": ("SinglePageResponseData",),
    "site_post": (
        "SitePost",
        "SitePostCreate",
    ),
    "site_put": (
        "SitePut",
        "SitePutUpdate",
    ),
    "site_route_base": (
        "SiteRouteBase",
        "SiteRouteBaseCreate",
    ),
    "site_route_full": (
        "SiteRouteFull",
        "SiteRouteFullUpdate",
    ),
    "site_routes_route_base": (
        "SiteRoutesRouteBase",
        "SiteRoutesRouteBaseUpdate",
    ),
    "sites_v3_site": ("SitesV3Site",),
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
    "store_cart_deleted": ("StoreCartDeleted",),
    "store_cart_deleted_data": ("StoreCartDeletedData",),
    "store_cart_line_item_created": ("StoreCartLineItemCreated",),
    "store_cart_line_item_created_data": ("StoreCartLineItemCreatedData",),
    "store_cart_line_item_deleted": ("StoreCartLineItemDeleted",),
    "store_cart_line_item_deleted_data": ("StoreCartLineItemDeletedData",),
    "store_cart_line_item_updated": ("StoreCartLineItemUpdated",),
    "store_cart_line_item_updated_data": ("StoreCartLineItemUpdatedData",),
    "store_cart_line_item_wildcard": ("StoreCartLineItemWildcard",),
    "store_cart_line_item_wildcard_data": ("StoreCartLineItemWildcardData",),
    "store_cart_updated": ("StoreCartUpdated",),
    "store_cart_updated_data": ("StoreCartUpdatedData",),
    "store_category_created": ("StoreCategoryCreated",),
    "store_category_deleted": ("StoreCategoryDeleted",),
    "store_category_deleted_data": ("StoreCategoryDeletedData",),
    "store_category_updated": ("StoreCategoryUpdated",),
    "store_category_updated_data": ("StoreCategoryUpdatedData",),
    "store_channel_created": ("StoreChannelCreated",),
    "store_channel_created_data": ("StoreChannelCreatedData",),
    "store_channel_updated": ("StoreChannelUpdated",),
    "store_channel_updated_data": ("StoreChannelUpdatedData",),
    "store_customer_address_created": ("StoreCustomerAddressCreated",),
    "store_customer_address_created_data": ("StoreCustomerAddressCreatedData",),
    "store_customer_address_created_data_address": ("StoreCustomerAddressCreatedDataAddress",),
    "store_customer_address_deleted": ("StoreCustomerAddressDeleted",),
    "store_customer_address_deleted_data": ("StoreCustomerAddressDeletedData",),
    "store_customer_address_deleted_data_address": ("StoreCustomerAddressDeletedDataAddress",),
    "store_customer_address_updated": ("StoreCustomerAddressUpdated",),
    "store_customer_address_updated_data": ("StoreCustomerAddressUpdatedData",),
    "store_customer_address_updated_data_address": ("StoreCustomerAddressUpdatedDataAddress",),
    "store_customer_created": ("StoreCustomerCreated",),
    "store_customer_created_data": ("StoreCustomerCreatedData",),
    "store_customer_deleted": ("StoreCustomerDeleted",),
    "store_customer_deleted_data": ("StoreCustomerDeletedData",),
    "store_customer_payment_instrument_default_updated": (
        "StoreCustomerPaymentInstrumentDefaultUpdated",
    ),
    "store_customer_payment_instrument_default_updated_data": (
        "StoreCustomerPaymentInstrumentDefaultUpdatedData",
    ),
    "store_customer_updated": ("StoreCustomerUpdated",),
    "store_customer_updated_data": ("StoreCustomerUpdatedData",),
    "store_date_format": ("StoreDateFormat",),
    "store_features": ("StoreFeatures",),
    "store_information": ("StoreInformation",),
    "store_information_updated": ("StoreInformationUpdated",),
    "store_information_updated_data": ("StoreInformationUpdatedData",),
    "store_information_v3_metafield": ("StoreInformationV3Metafield",),
    "store_order_archived": ("StoreOrderArchived",),
    "store_order_archived_data": ("StoreOrderArchivedData",),
    "store_order_created": ("StoreOrderCreated",),
    "store_order_created_data": ("StoreOrderCreatedData",),
    "store_order_message_created": ("StoreOrderMessageCreated",),
    "store_order_message_created_data": ("StoreOrderMessageCreatedData",),
    "store_order_message_created_data_message": ("StoreOrderMessageCreatedDataMessage",),
    "store_order_refund_created": ("StoreOrderRefundCreated",),
    "store_order_refund_created_data": ("StoreOrderRefundCreatedData",),
    "store_order_refund_created_data_refund": ("StoreOrderRefundCreatedDataRefund",),
    "store_order_status_updated": ("StoreOrderStatusUpdated",),
    "store_order_status_updated_data": ("StoreOrderStatusUpdatedData",),
    "store_order_status_updated_data_status": ("StoreOrderStatusUpdatedDataStatus",),
    "store_order_updated": ("StoreOrderUpdated",),
    "store_order_updated_data": ("StoreOrderUpdatedData",),
    "store_product_created": ("StoreProductCreated",),
    "store_product_created_data": ("StoreProductCreatedData",),
    "store_product_deleted": ("StoreProductDeleted",),
    "store_product_deleted_data": ("StoreProductDeletedData",),
    "store_product_inventory_order_updated": ("StoreProductInventoryOrderUpdated",),
    "store_product_inventory_order_updated_data": ("StoreProductInventoryOrderUpdatedData",),
    "store_product_inventory_order_updated_data_inventory": (
        "StoreProductInventoryOrderUpdatedDataInventory",
    ),
    "store_product_inventory_updated": ("StoreProductInventoryUpdated",),
    "store_product_inventory_updated_data": ("StoreProductInventoryUpdatedData",),
    "store_product_inventory_updated_data_inventory": (
        "StoreProductInventoryUpdatedDataInventory",
    ),
    "store_product_updated": ("StoreProductUpdated",),
    "store_product_updated_data": ("StoreProductUpdatedData",),
    "store_profile": (
        "StoreProfile",
        "StoreProfileUpdate",
    ),
    "store_shipment_created": ("StoreShipmentCreated",),
    "store_shipment_created_data": ("StoreShipmentCreatedData",),
    "store_shipment_deleted": ("StoreShipmentDeleted",),
    "store_shipment_deleted_data": ("StoreShipmentDeletedData",),
    "store_shipment_updated": ("StoreShipmentUpdated",),
    "store_shipment_updated_data": ("StoreShipmentUpdatedData",),
    "store_sku_created": ("StoreSkuCreated",),
    "store_sku_created_data": ("StoreSkuCreatedData",),
    "store_sku_created_data_sku": ("StoreSkuCreatedDataSku",),
    "store_sku_deleted": ("StoreSkuDeleted",),
    "store_sku_deleted_data": ("StoreSkuDeletedData",),
    "store_sku_deleted_data_sku": ("StoreSkuDeletedDataSku",),
    "store_sku_inventory_order_updated": ("StoreSkuInventoryOrderUpdated",),
    "store_sku_inventory_order_updated_data": ("StoreSkuInventoryOrderUpdatedData",),
    "store_sku_inventory_order_updated_data_inventory": (
        "StoreSkuInventoryOrderUpdatedDataInventory",
    ),
    "store_sku_inventory_updated": ("StoreSkuInventoryUpdated",),
    "store_sku_inventory_updated_data": ("StoreSkuInventoryUpdatedData",),
    "store_sku_inventory_updated_data_inventory": ("StoreSkuInventoryUpdatedDataInventory",),
    "store_sku_updated": ("StoreSkuUpdated",),
    "store_sku_updated_data": ("StoreSkuUpdatedData",),
    "store_sku_updated_data_sku": ("StoreSkuUpdatedDataSku",),
    "store_storefront_limits": ("StoreStorefrontLimits",),
    "store_subscriber_created": ("StoreSubscriberCreated",),
    "store_subscriber_created_data": ("StoreSubscriberCreatedData",),
    "store_subscriber_deleted": ("StoreSubscriberDeleted",),
    "store_subscriber_deleted_data": ("StoreSubscriberDeletedData",),
    "store_subscriber_updated": ("StoreSubscriberUpdated",),
    "store_subscriber_updated_data": ("StoreSubscriberUpdatedData",),
    "store_time": ("StoreTime",),
    "store_timezone": ("StoreTimezone",),
    "storefront_category_settings": (
        "StorefrontCategorySettings",
        "StorefrontCategorySettingsUpdate",
    ),
    "storefront_product_settings": (
        "StorefrontProductSettings",
        "StorefrontProductSettingsUpdate",
    ),
    "storefront_search_settings": (
        "StorefrontSearchSettings",
        "StorefrontSearchSettingsUpdate",
    ),
    "storefront_security_settings": (
        "StorefrontSecuritySettings",
        "StorefrontSecuritySettingsUpdate",
    ),
    "storefront_security_settings_csp_header": (
        "StorefrontSecuritySettingsCspHeader",
        "StorefrontSecuritySettingsCspHeaderUpdate",
    ),
    "storefront_security_settings_hsts": (
        "StorefrontSecuritySettingsHsts",
        "StorefrontSecuritySettingsHstsUpdate",
    ),
    "storefront_security_settings_x_frame_options_header": (
        "StorefrontSecuritySettingsXFrameOptionsHeader",
        "StorefrontSecuritySettingsXFrameOptionsHeaderUpdate",
    ),
    "storefront_status": (
        "StorefrontStatus",
        "StorefrontStatusUpdate",
    ),
    "subscriber_base": (
        "SubscriberBase",
        "SubscriberBaseCreate",
        "SubscriberBaseUpdate",
    ),
    "subscriber_full": ("SubscriberFull",),
    "success_no_content_response": ("SuccessNoContentResponse",),
    "system_log": ("SystemLog",),
    "tax_class": ("TaxClass",),
    "tax_class_create_batch_item": (
        "TaxClassCreateBatchItem",
        "TaxClassCreateBatchItemCreate",
    ),
    "tax_class_resource": ("TaxClassResource",),
    "tax_class_update_batch_item": (
        "TaxClassUpdateBatchItem",
        "TaxClassUpdateBatchItemUpdate",
    ),
    "tax_customer": (
        "TaxCustomer",
        "TaxCustomerUpdate",
    ),
    "tax_rate": ("TaxRate",),
    "tax_rate_class_rates_item": ("TaxRateClassRatesItem",),
    "tax_rate_post": (
        "TaxRatePOST",
        "TaxRatePOSTCreate",
    ),
    "tax_rate_post_class_rates_item": (
        "TaxRatePOSTClassRatesItem",
        "TaxRatePOSTClassRatesItemCreate",
    ),
    "tax_rate_put": (
        "TaxRatePUT",
        "TaxRatePUTUpdate",
    ),
    "tax_rate_put_class_rates_item": (
        "TaxRatePUTClassRatesItem",
        "TaxRatePUTClassRatesItemUpdate",
    ),
    "tax_settings": (
        "TaxSettings",
        "TaxSettingsUpdate",
    ),
    "tax_settings_price_display_settings": (
        "TaxSettingsPriceDisplaySettings",
        "TaxSettingsPriceDisplaySettingsUpdate",
    ),
    "tax_zone": ("TaxZone",),
    "tax_zone_post": (
        "TaxZonePOST",
        "TaxZonePOSTCreate",
    ),
    "tax_zone_post_price_display_settings": (
        "TaxZonePOSTPriceDisplaySettings",
        "TaxZonePOSTPriceDisplaySettingsCreate",
    ),
    "tax_zone_post_shopper_target_settings": (
        "TaxZonePOSTShopperTargetSettings",
        "TaxZonePOSTShopperTargetSettingsCreate",
    ),
    "tax_zone_post_shopper_target_settings_locations_item": (
        "TaxZonePOSTShopperTargetSettingsLocationsItem",
        "TaxZonePOSTShopperTargetSettingsLocationsItemCreate",
    ),
    "tax_zone_price_display_settings": ("TaxZonePriceDisplaySettings",),
    "tax_zone_put": (
        "TaxZonePUT",
        "TaxZonePUTUpdate",
    ),
    "tax_zone_put_price_display_settings": (
        "TaxZonePUTPriceDisplaySettings",
        "TaxZonePUTPriceDisplaySettingsUpdate",
    ),
    "tax_zone_put_shopper_target_settings": (
        "TaxZonePUTShopperTargetSettings",
        "TaxZonePUTShopperTargetSettingsUpdate",
    ),
    "tax_zone_put_shopper_target_settings_locations_item": (
        "TaxZonePUTShopperTargetSettingsLocationsItem",
        "TaxZonePUTShopperTargetSettingsLocationsItemUpdate",
    ),
    "tax_zone_shopper_target_settings": ("TaxZoneShopperTargetSettings",),
    "tax_zone_shopper_target_settings_locations_item": (
        "TaxZoneShopperTargetSettingsLocationsItem",
    ),
    "template": (
        "Template",
        "TemplateCreate",
        "TemplateUpdate",
    ),
    "theme": ("Theme",),
    "theme_configuration_full": ("ThemeConfigurationFull",),
    "theme_configuration_write": (
        "ThemeConfigurationWrite",
        "ThemeConfigurationWriteCreate",
    ),
    "theme_region": ("ThemeRegion",),
    "theme_variations_item": ("ThemeVariationsItem",),
    "themes_collection_response_data_item": ("ThemesCollectionResponseDataItem",),
    "themes_collection_response_data_item_variations_item": (
        "ThemesCollectionResponseDataItemVariationsItem",
    ),
    "token_base": ("TokenBase",),
    "token_post_impersonation": (
        "TokenPostImpersonation",
        "TokenPostImpersonationCreate",
    ),
    "token_post_private": (
        "TokenPostPrivate",
        "TokenPostPrivateCreate",
    ),
    "transaction": ("Transaction",),
    "transaction_avs_result": ("TransactionAvsResult",),
    "transaction_custom": ("TransactionCustom",),
    "transaction_custom_provider_field_result": ("TransactionCustomProviderFieldResult",),
    "transaction_cvv_result": ("TransactionCvvResult",),
    "transaction_gift_certificate": ("TransactionGiftCertificate",),
    "transaction_offline": ("TransactionOffline",),
    "transaction_store_credit": ("TransactionStoreCredit",),
    "translation_definition": (
        "TranslationDefinition",
        "TranslationDefinitionCreate",
        "TranslationDefinitionUpdate",
    ),
    "tree": (
        "Tree",
        "TreeUpdate",
    ),
    "update_analytics_provider_request": (
        "UpdateAnalyticsProviderRequest",
        "UpdateAnalyticsProviderRequestUpdate",
    ),
    "update_brand_request": (
        "UpdateBrandRequest",
        "UpdateBrandRequestUpdate",
    ),
    "update_brand_request_custom_url": (
        "UpdateBrandRequestCustomUrl",
        "UpdateBrandRequestCustomUrlUpdate",
    ),
    "update_brand_response_data": ("UpdateBrandResponseData",),
    "update_brand_response_data_custom_url": ("UpdateBrandResponseDataCustomUrl",),
    "update_brands_metafields_request_item": (
        "UpdateBrandsMetafieldsRequestItem",
        "UpdateBrandsMetafieldsRequestItemUpdate",
    ),
    "update_bulk_pricing_rule_request": (
        "UpdateBulkPricingRuleRequest",
        "UpdateBulkPricingRuleRequestUpdate",
    ),
    "update_bulk_pricing_rule_response_data": ("UpdateBulkPricingRuleResponseData",),
    "update_carts_metafields_request_item": (
        "UpdateCartsMetafieldsRequestItem",
        "UpdateCartsMetafieldsRequestItemUpdate",
    ),
    "update_categories_item": (
        "UpdateCategoriesItem",
        "UpdateCategoriesItemUpdate",
    ),
    "update_categories_metafields_request_item": (
        "UpdateCategoriesMetafieldsRequestItem",
        "UpdateCategoriesMetafieldsRequestItemUpdate",
    ),
    "update_category_request": (
        "UpdateCategoryRequest",
        "UpdateCategoryRequestUpdate",
    ),
    "update_category_request_custom_url": (
        "UpdateCategoryRequestCustomUrl",
        "UpdateCategoryRequestCustomUrlUpdate",
    ),
    "update_category_response_data": ("UpdateCategoryResponseData",),
    "update_category_response_data_custom_url": ("UpdateCategoryResponseDataCustomUrl",),
    "update_channel_order_settings_response": ("UpdateChannelOrderSettingsResponse",),
    "update_channel_req": (
        "UpdateChannelReq",
        "UpdateChannelReqUpdate",
    ),
    "update_consignment_request": (
        "UpdateConsignmentRequest",
        "UpdateConsignmentRequestUpdate",
    ),
    "update_consignment_request_address": (
        "UpdateConsignmentRequestAddress",
        "UpdateConsignmentRequestAddressUpdate",
    ),
    "update_consignment_request_address_custom_fields_item": (
        "UpdateConsignmentRequestAddressCustomFieldsItem",
        "UpdateConsignmentRequestAddressCustomFieldsItemUpdate",
    ),
    "update_consignment_request_custom_shipping": (
        "UpdateConsignmentRequestCustomShipping",
        "UpdateConsignmentRequestCustomShippingUpdate",
    ),
    "update_consignment_request_line_items_item": (
        "UpdateConsignmentRequestLineItemsItem",
        "UpdateConsignmentRequestLineItemsItemUpdate",
    ),
    "update_consignment_request_pickup_option": (
        "UpdateConsignmentRequestPickupOption",
        "UpdateConsignmentRequestPickupOptionUpdate",
    ),
    "update_customer_metafield_request": (
        "UpdateCustomerMetafieldRequest",
        "UpdateCustomerMetafieldRequestUpdate",
    ),
    "update_customers_metafields_request_item": (
        "UpdateCustomersMetafieldsRequestItem",
        "UpdateCustomersMetafieldsRequestItemUpdate",
    ),
    "update_fees_request": (
        "UpdateFeesRequest",
        "UpdateFeesRequestUpdate",
    ),
    "update_global_order_settings_response": ("UpdateGlobalOrderSettingsResponse",),
    "update_hooks_admin_request": (
        "UpdateHooksAdminRequest",
        "UpdateHooksAdminRequestUpdate",
    ),
    "update_locations_metafields_request_item": (
        "UpdateLocationsMetafieldsRequestItem",
        "UpdateLocationsMetafieldsRequestItemUpdate",
    ),
    "update_orders_metafields_request_item": (
        "UpdateOrdersMetafieldsRequestItem",
        "UpdateOrdersMetafieldsRequestItemUpdate",
    ),
    "update_price_list_request": (
        "UpdatePriceListRequest",
        "UpdatePriceListRequestUpdate",
    ),
    "update_price_list_response_data": ("UpdatePriceListResponseData",),
    "update_product_complex_rule_request": (
        "UpdateProductComplexRuleRequest",
        "UpdateProductComplexRuleRequestUpdate",
    ),
    "update_product_complex_rule_request_conditions_item": (
        "UpdateProductComplexRuleRequestConditionsItem",
        "UpdateProductComplexRuleRequestConditionsItemUpdate",
    ),
    "update_product_complex_rule_request_price_adjuster": (
        "UpdateProductComplexRuleRequestPriceAdjuster",
        "UpdateProductComplexRuleRequestPriceAdjusterUpdate",
    ),
    "update_product_complex_rule_request_weight_adjuster": (
        "UpdateProductComplexRuleRequestWeightAdjuster",
        "UpdateProductComplexRuleRequestWeightAdjusterUpdate",
    ),
    "update_product_complex_rule_response_data": ("UpdateProductComplexRuleResponseData",),
    "update_product_complex_rule_response_data_conditions_item": (
        "UpdateProductComplexRuleResponseDataConditionsItem",
    ),
    "update_product_complex_rule_response_data_price_adjuster": (
        "UpdateProductComplexRuleResponseDataPriceAdjuster",
    ),
    "update_product_complex_rule_response_data_weight_adjuster": (
        "UpdateProductComplexRuleResponseDataWeightAdjuster",
    ),
    "update_product_image_response_data": ("UpdateProductImageResponseData",),
    "update_product_modifier_request": (
        "UpdateProductModifierRequest",
        "UpdateProductModifierRequestUpdate",
    ),
    "update_product_modifier_request_config": (
        "UpdateProductModifierRequestConfig",
        "UpdateProductModifierRequestConfigUpdate",
    ),
    "update_product_modifier_request_option_values_item": (
        "UpdateProductModifierRequestOptionValuesItem",
        "UpdateProductModifierRequestOptionValuesItemUpdate",
    ),
    "update_product_modifier_request_option_values_item_adjusters": (
        "UpdateProductModifierRequestOptionValuesItemAdjusters",
        "UpdateProductModifierRequestOptionValuesItemAdjustersUpdate",
    ),
    "update_product_modifier_request_option_values_item_e3ad5adb": (
        "UpdateProductModifierRequestOptionValuesItemAdjustersPrice",
        "UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate",
    ),
    "update_product_modifier_response_data": ("UpdateProductModifierResponseData",),
    "update_product_modifier_response_data_config": ("UpdateProductModifierResponseDataConfig",),
    "update_product_modifier_response_data_option_value_8357eb2b": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjusters",
    ),
    "update_product_modifier_response_data_option_value_b346678b": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice",
    ),
    "update_product_modifier_response_data_option_value_b7391a08": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight",
    ),
    "update_product_modifier_response_data_option_value_c0038938": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled",
    ),
    "update_product_modifier_response_data_option_values_item": (
        "UpdateProductModifierResponseDataOptionValuesItem",
    ),
    "update_product_modifier_value_request": (
        "UpdateProductModifierValueRequest",
        "UpdateProductModifierValueRequestUpdate",
    ),
    "update_product_modifier_value_request_adjusters": (
        "UpdateProductModifierValueRequestAdjusters",
        "UpdateProductModifierValueRequestAdjustersUpdate",
    ),
    "update_product_modifier_value_request_adjusters_price": (
        "UpdateProductModifierValueRequestAdjustersPrice",
        "UpdateProductModifierValueRequestAdjustersPriceUpdate",
    ),
    "update_product_modifier_value_request_adjusters_pu_012d8aa5": (
        "UpdateProductModifierValueRequestAdjustersPurchasingDisabled",
        "UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate",
    ),
    "update_product_modifier_value_request_adjusters_weight": (
        "UpdateProductModifierValueRequestAdjustersWeight",
        "UpdateProductModifierValueRequestAdjustersWeightUpdate",
    ),
    "update_product_modifier_value_response_data": ("UpdateProductModifierValueResponseData",),
    "update_product_modifier_value_response_data_adjust_7c655564": (
        "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled",
    ),
    "update_product_modifier_value_response_data_adjusters": (
        "UpdateProductModifierValueResponseDataAdjusters",
    ),
    "update_product_modifier_value_response_data_adjusters_price": (
        "UpdateProductModifierValueResponseDataAdjustersPrice",
    ),
    "update_product_modifier_value_response_data_adjusters_weight": (
        "UpdateProductModifierValueResponseDataAdjustersWeight",
    ),
    "update_product_review_request": (
        "UpdateProductReviewRequest",
        "UpdateProductReviewRequestUpdate",
    ),
    "update_product_review_response_data": ("UpdateProductReviewResponseData",),
    "update_product_variant_option_request": (
        "UpdateProductVariantOptionRequest",
        "UpdateProductVariantOptionRequestUpdate",
    ),
    "update_product_variant_option_request_config": (
        "UpdateProductVariantOptionRequestConfig",
        "UpdateProductVariantOptionRequestConfigUpdate",
    ),
    "update_product_variant_option_request_option_values_item": (
        "UpdateProductVariantOptionRequestOptionValuesItem",
        "UpdateProductVariantOptionRequestOptionValuesItemUpdate",
    ),
    "update_product_variant_option_response_data": ("UpdateProductVariantOptionResponseData",),
    "update_product_variant_option_response_data_config": (
        "UpdateProductVariantOptionResponseDataConfig",
    ),
    "update_product_variant_option_response_data_option_a0691050": (
        "UpdateProductVariantOptionResponseDataOptionValuesItem",
    ),
    "update_product_variant_option_value_request": (
        "UpdateProductVariantOptionValueRequest",
        "UpdateProductVariantOptionValueRequestUpdate",
    ),
    "update_product_variant_option_value_response_data": (
        "UpdateProductVariantOptionValueResponseData",
    ),
    "update_product_video_request": (
        "UpdateProductVideoRequest",
        "UpdateProductVideoRequestUpdate",
    ),
    "update_product_video_response_data": ("UpdateProductVideoResponseData",),
    "update_products_metafields_request_item": (
        "UpdateProductsMetafieldsRequestItem",
        "UpdateProductsMetafieldsRequestItemUpdate",
    ),
    "update_promotion_request": (
        "UpdatePromotionRequest",
        "UpdatePromotionRequestUpdate",
    ),
    "update_shipping_zone_request": (
        "UpdateShippingZoneRequest",
        "UpdateShippingZoneRequestUpdate",
    ),
    "update_shipping_zone_request_free_shipping": (
        "UpdateShippingZoneRequestFreeShipping",
        "UpdateShippingZoneRequestFreeShippingUpdate",
    ),
    "update_shipping_zone_request_handling_fees": (
        "UpdateShippingZoneRequestHandlingFees",
        "UpdateShippingZoneRequestHandlingFeesUpdate",
    ),
    "update_shipping_zone_request_locations_item": (
        "UpdateShippingZoneRequestLocationsItem",
        "UpdateShippingZoneRequestLocationsItemUpdate",
    ),
    "update_shipping_zone_response": ("UpdateShippingZoneResponse",),
    "update_shipping_zone_response_free_shipping": ("UpdateShippingZoneResponseFreeShipping",),
    "update_shipping_zone_response_handling_fees": ("UpdateShippingZoneResponseHandlingFees",),
    "update_shipping_zone_response_locations_item": ("UpdateShippingZoneResponseLocationsItem",),
    "update_store_metafields_request_item": (
        "UpdateStoreMetafieldsRequestItem",
        "UpdateStoreMetafieldsRequestItemUpdate",
    ),
    "update_tax_provider_connection_request": (
        "UpdateTaxProviderConnectionRequest",
        "UpdateTaxProviderConnectionRequestUpdate",
    ),
    "update_variants_batch_request_item": (
        "UpdateVariantsBatchRequestItem",
        "UpdateVariantsBatchRequestItemUpdate",
    ),
    "update_variants_batch_response_data_item": ("UpdateVariantsBatchResponseDataItem",),
    "update_variants_batch_response_data_item_option_values_item": (
        "UpdateVariantsBatchResponseDataItemOptionValuesItem",
    ),
    "update_variants_metafields_request_item": (
        "UpdateVariantsMetafieldsRequestItem",
        "UpdateVariantsMetafieldsRequestItemUpdate",
    ),
    "upload_signature_response": ("UploadSignatureResponse",),
    "upload_store_theme_request": (
        "UploadStoreThemeRequest",
        "UploadStoreThemeRequestCreate",
    ),
    "upsert_listing_with_listing_id_req": (
        "UpsertListingWithListingIdReq",
        "UpsertListingWithListingIdReqUpdate",
    ),
    "upsert_listing_without_listing_id_req": (
        "UpsertListingWithoutListingIdReq",
        "UpsertListingWithoutListingIdReqCreate",
    ),
    "upsert_price_list_records_request_item": (
        "UpsertPriceListRecordsRequestItem",
        "UpsertPriceListRecordsRequestItemUpdate",
    ),
    "upsert_price_list_records_request_item_bulk_pricin_175f0e41": (
        "UpsertPriceListRecordsRequestItemBulkPricingTiersItem",
        "UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate",
    ),
    "v2_order_shipping_address": ("V2OrderShippingAddress",),
    "v3_category": ("V3Category",),
    "v3_customer": (
        "V3Customer",
        "V3CustomerCreate",
        "V3CustomerUpdate",
    ),
    "validate_customer_credentials_object": (
        "ValidateCustomerCredentialsObject",
        "ValidateCustomerCredentialsObjectCreate",
    ),
    "validate_customer_credentials_response_object": ("ValidateCustomerCredentialsResponseObject",),
    "validate_customer_password_request": (
        "ValidateCustomerPasswordRequest",
        "ValidateCustomerPasswordRequestCreate",
    ),
    "validate_password": ("ValidatePassword",),
    "webhook": (
        "Webhook",
        "WebhookCreate",
        "WebhookUpdate",
    ),
    "webhook_base": (
        "WebhookBase",
        "WebhookBaseCreate",
    ),
    "webhook_full": ("WebhookFull",),
    "webhook_put": (
        "WebhookPut",
        "WebhookPutUpdate",
    ),
    "webhook_resp_response_data": ("WebhookRespResponseData",),
    "webhooks_resp_response_data_item": ("WebhooksRespResponseDataItem",),
    "which_theme_to_download": (
        "WhichThemeToDownload",
        "WhichThemeToDownloadCreate",
    ),
    "widget": (
        "Widget",
        "WidgetCreate",
    ),
    "widget_full": ("WidgetFull",),
    "widget_post": (
        "WidgetPost",
        "WidgetPostCreate",
    ),
    "widget_put": (
        "WidgetPut",
        "WidgetPutUpdate",
    ),
    "widget_schema_array_schema_item": (
        "WidgetSchemaArraySchemaItem",
        "WidgetSchemaArraySchemaItemCreate",
        "WidgetSchemaArraySchemaItemUpdate",
    ),
    "widget_schema_array_thumbnail": (
        "WidgetSchemaArrayThumbnail",
        "WidgetSchemaArrayThumbnailCreate",
        "WidgetSchemaArrayThumbnailUpdate",
    ),
    "widget_schema_hidden_settings_item": (
        "WidgetSchemaHiddenSettingsItem",
        "WidgetSchemaHiddenSettingsItemCreate",
        "WidgetSchemaHiddenSettingsItemUpdate",
    ),
    "widget_schema_hidden_settings_item_conditional": (
        "WidgetSchemaHiddenSettingsItemConditional",
        "WidgetSchemaHiddenSettingsItemConditionalCreate",
        "WidgetSchemaHiddenSettingsItemConditionalUpdate",
    ),
    "widget_schema_hidden_settings_item_type_meta": (
        "WidgetSchemaHiddenSettingsItemTypeMeta",
        "WidgetSchemaHiddenSettingsItemTypeMetaCreate",
        "WidgetSchemaHiddenSettingsItemTypeMetaUpdate",
    ),
    "widget_schema_hidden_settings_item_type_meta_selec_095d54b9": (
        "WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItem",
        "WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemCreate",
        "WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemUpdate",
    ),
    "widget_schema_item": (
        "WidgetSchemaItem",
        "WidgetSchemaItemCreate",
        "WidgetSchemaItemUpdate",
    ),
    "widget_schema_tab_sections_item": (
        "WidgetSchemaTabSectionsItem",
        "WidgetSchemaTabSectionsItemCreate",
        "WidgetSchemaTabSectionsItemUpdate",
    ),
    "widget_schema_tab_sections_item_settings_item": (
        "WidgetSchemaTabSectionsItemSettingsItem",
        "WidgetSchemaTabSectionsItemSettingsItemCreate",
        "WidgetSchemaTabSectionsItemSettingsItemUpdate",
    ),
    "widget_schema_tab_sections_item_settings_item_conditional": (
        "WidgetSchemaTabSectionsItemSettingsItemConditional",
        "WidgetSchemaTabSectionsItemSettingsItemConditionalCreate",
        "WidgetSchemaTabSectionsItemSettingsItemConditionalUpdate",
    ),
    "widget_schema_tab_sections_item_settings_item_type_56ce0af1": (
        "WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItem",
        "WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemCreate",
        "WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemUpdate",
    ),
    "widget_schema_tab_sections_item_settings_item_type_meta": (
        "WidgetSchemaTabSectionsItemSettingsItemTypeMeta",
        "WidgetSchemaTabSectionsItemSettingsItemTypeMetaCreate",
        "WidgetSchemaTabSectionsItemSettingsItemTypeMetaUpdate",
    ),
    "widget_template_full": ("WidgetTemplateFull",),
    "widget_template_post": (
        "WidgetTemplatePost",
        "WidgetTemplatePostCreate",
    ),
    "widget_template_preview": (
        "WidgetTemplatePreview",
        "WidgetTemplatePreviewCreate",
    ),
    "widget_template_preview_response_data": ("WidgetTemplatePreviewResponseData",),
    "widget_template_put": (
        "WidgetTemplatePut",
        "WidgetTemplatePutUpdate",
    ),
    "wishlist_full": ("WishlistFull",),
    "wishlist_item_full": ("WishlistItemFull",),
    "wishlist_item_post": (
        "WishlistItemPost",
        "WishlistItemPostCreate",
    ),
    "wishlist_item_post_items_item": (
        "WishlistItemPostItemsItem",
        "WishlistItemPostItemsItemCreate",
    ),
    "wishlist_post": (
        "WishlistPost",
        "WishlistPostCreate",
    ),
    "wishlist_post_items_item": (
        "WishlistPostItemsItem",
        "WishlistPostItemsItemCreate",
    ),
    "wishlist_put": (
        "WishlistPut",
        "WishlistPutUpdate",
    ),
    "wishlist_put_items_item": (
        "WishlistPutItemsItem",
        "WishlistPutItemsItemUpdate",
    ),
    "zone_check": (
        "ZoneCheck",
        "ZoneCheckCreate",
    ),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "AbandondedCartEmail",
    "AbandondedCartEmailPayload",
    "AbandondedCartEmailPayloadCreate",
    "AbandondedCartEmailPayloadUpdate",
    "AbandonedCartEmailsV3AbandonedCartSettings",
    "AbandonedCartEmailsV3AbandonedCartSettingsUpdate",
    "AbandonedCartInfoFull",
    "AbandonedCartsV3AbandonedCartSettings",
    "AccessTokensPaymentsV3Order",
    "AccessTokensPaymentsV3OrderCreate",
    "Action",
    "ActionCreate",
    "ActionUpdate",
    "Activate",
    "ActivateCreate",
    "ActiveTheme",
    "AddCheckoutDiscountRequest",
    "AddCheckoutDiscountRequestCart",
    "AddCheckoutDiscountRequestCartCreate",
    "AddCheckoutDiscountRequestCartDiscountsItem",
    "AddCheckoutDiscountRequestCartDiscountsItemCreate",
    "AddCheckoutDiscountRequestCartLineItemsItem",
    "AddCheckoutDiscountRequestCartLineItemsItemCreate",
    "AddCheckoutDiscountRequestCreate",
    "AddFeesRequest",
    "AddFeesRequestCreate",
    "AddressCollectionResponseDataItem",
    "AddressCollectionResponsePostPutResponseDataItem",
    "AddressFull",
    "AddressMatcher",
    "AddressMatcherCreate",
    "AddressMatcherUpdate",
    "AddressPost",
    "AddressPostCreate",
    "AddressProperties",
    "AddressPropertiesCreate",
    "AddressPropertiesCustomFieldsItem",
    "AddressPropertiesCustomFieldsItemCreate",
    "AddressPropertiesCustomFieldsItemUpdate",
    "AddressPropertiesUpdate",
    "AddressPut",
    "AddressPutUpdate",
    "AdjusterFull",
    "AdjustersFull",
    "AdjustersFullPurchasingDisabled",
    "AdjustmentsAbsoluteRequest",
    "AdjustmentsAbsoluteRequestItemsItem",
    "AdjustmentsAbsoluteRequestItemsItemUpdate",
    "AdjustmentsAbsoluteRequestUpdate",
    "AdjustmentsRelativeRequest",
    "AdjustmentsRelativeRequestCreate",
    "AdjustmentsRelativeRequestItemsItem",
    "AdjustmentsRelativeRequestItemsItemCreate",
    "AnalyticsProvider",
    "AssignmentForGetResponse",
    "AssignmentForPutRequest",
    "AssignmentForPutRequestUpdate",
    "AssignmentForPutResponseData",
    "AssignmentsForRequest",
    "AssignmentsForRequestCreate",
    "AttributeFull",
    "AttributePost",
    "AttributePostCreate",
    "AttributePut",
    "AttributePutUpdate",
    "AttributeValueBase",
    "AttributeValueBaseUpdate",
    "AvailabilityByWeekDay",
    "AvailabilityByWeekDayCreate",
    "AvailabilityByWeekDayUpdate",
    "AvailableFilter",
    "AvailableItem",
    "Banner",
    "BannerCreate",
    "BannerUpdate",
    "BaseFee",
    "BaseFeeCreate",
    "BasePickupMethod",
    "BasePickupMethodCreate",
    "BillingAddress",
    "BlackoutHoursItem",
    "BlackoutHoursItemCreate",
    "BlackoutHoursItemUpdate",
    "BlogPost",
    "BlogPostCreate",
    "BlogPostUpdate",
    "BlogTagsItem",
    "Brand",
    "BrandCreate",
    "BrandFull",
    "BrandUpdate",
    "BrandsCatalogV3CustomUrlFull",
    "BrandsCatalogV3Metafield",
    "BrandsCatalogV3MetafieldBase",
    "BrandsCatalogV3MetafieldBaseCreate",
    "BrandsCatalogV3MetafieldBaseUpdate",
    "BrandsCatalogV3MetafieldFull",
    "BulkCouponCode",
    "BulkCouponCodesResponseData",
    "BulkPricingRuleFull",
    "BulkPricingRuleFullCreate",
    "BulkPricingTierTaxDiscountAmountItem",
    "CallbackCategoryDataData",
    "CarrierConnection",
    "CarrierConnectionCreate",
    "CarrierConnectionUpdate",
    "CartCondition",
    "CartConditionCart",
    "CartConditionCartCreate",
    "CartConditionCartUpdate",
    "CartConditionCreate",
    "CartConditionUpdate",
    "CartCreatePostData",
    "CartCreatePostDataCreate",
    "CartCreatePostDataCurrency",
    "CartCreatePostDataCurrencyCreate",
    "CartCreatePostDataGiftCertificatesItem",
    "CartCreatePostDataGiftCertificatesItemCreate",
    "CartCreatePostDataGiftCertificatesItemRecipient",
    "CartCreatePostDataGiftCertificatesItemRecipientCreate",
    "CartCreatePostDataGiftCertificatesItemSender",
    "CartCreatePostDataGiftCertificatesItemSenderCreate",
    "CartCreatePostDataLineItemsItem",
    "CartCreatePostDataLineItemsItemCreate",
    "CartFull",
    "CartFullCurrency",
    "CartFullDiscountsItem",
    "CartFullPromotions",
    "CartFullPromotionsBanners",
    "CartItemsActionCartItems",
    "CartItemsActionCartItemsCreate",
    "CartItemsActionCartItemsUpdate",
    "CartLineItemDelete",
    "CartLineItemDeleteCreate",
    "CartLineItemUpdatePost",
    "CartLineItemUpdatePostCreate",
    "CartLineItemUpdatePostGiftCertificatesItem",
    "CartLineItemUpdatePostGiftCertificatesItemCreate",
    "CartLineItemUpdatePostGiftCertificatesItemRecipient",
    "CartLineItemUpdatePostGiftCertificatesItemRecipientCreate",
    "CartLineItemUpdatePostGiftCertificatesItemSender",
    "CartLineItemUpdatePostGiftCertificatesItemSenderCreate",
    "CartLineItemUpdatePostLineItemsItem",
    "CartLineItemUpdatePostLineItemsItemCreate",
    "CartLineItemUpdatePut",
    "CartLineItemUpdatePutGiftCertificatesItem",
    "CartLineItemUpdatePutGiftCertificatesItemRecipient",
    "CartLineItemUpdatePutGiftCertificatesItemRecipientUpdate",
    "CartLineItemUpdatePutGiftCertificatesItemSender",
    "CartLineItemUpdatePutGiftCertificatesItemSenderUpdate",
    "CartLineItemUpdatePutGiftCertificatesItemUpdate",
    "CartLineItemUpdatePutLineItem",
    "CartLineItemUpdatePutLineItemUpdate",
    "CartLineItemUpdatePutUpdate",
    "CartPostCustomItemItem",
    "CartPostCustomItemItemCreate",
    "CartPostCustomItemItemUpdate",
    "CartPostModifierOptionSelectionsItem",
    "CartPostModifierOptionSelectionsItemCreate",
    "CartPostModifierOptionSelectionsItemUpdate",
    "CartPostVariantGiftWrapping",
    "CartPostVariantGiftWrappingCreate",
    "CartPostVariantGiftWrappingUpdate",
    "CartPostVariantGiftWrappingWrapDetailsItem",
    "CartPostVariantGiftWrappingWrapDetailsItemCreate",
    "CartPostVariantGiftWrappingWrapDetailsItemUpdate",
    "CartRedirectResponseData",
    "CartSettings",
    "CartUpdatePutRequestData",
    "CartUpdatePutRequestDataUpdate",
    "CartValueActionCartValue",
    "CartValueActionCartValueCreate",
    "CartValueActionCartValueUpdate",
    "CartsV3AppliedCoupon",
    "CartsV3Metafield",
    "CatalogSettings",
    "CatalogSettingsUpdate",
    "CategoriesCatalogV3MetafieldFull",
    "CategoriesCatalogV3Url",
    "Category",
    "CategoryCreate",
    "CategoryFull",
    "CategoryNode",
    "CategoryTreesCatalogV3Url",
    "CategoryTreesCatalogV3UrlCreate",
    "CategoryTreesCatalogV3UrlUpdate",
    "CategoryUpdate",
    "CertificateResponseData",
    "CertificateWrite",
    "CertificateWriteUpdate",
    "ChannelAbandonedCartSettings",
    "ChannelAbandonedCartSettingsUpdate",
    "ChannelCartSettings",
    "ChannelCartSettingsUpdate",
    "ChannelCheckoutsSettings",
    "ChannelCheckoutsSettingsUpdate",
    "ChannelMenusPost",
    "ChannelMenusPostCreate",
    "ChannelMenusRespResponseData",
    "ChannelOrderSettings",
    "ChannelOrderSettingsNotifications",
    "ChannelOrderSettingsNotificationsForwardInvoice",
    "ChannelOrderSettingsNotificationsForwardInvoiceUpdate",
    "ChannelOrderSettingsNotificationsOrderPlaced",
    "ChannelOrderSettingsNotificationsOrderPlacedUpdate",
    "ChannelOrderSettingsNotificationsUpdate",
    "ChannelOrderSettingsUpdate",
    "ChannelProductVariantFull",
    "ChannelProductVariantPartial",
    "ChannelProductVariantPartialCreate",
    "ChannelProductVariantPartialUpdate",
    "ChannelShippingSettings",
    "ChannelShippingSettingsCheckout",
    "ChannelShippingSettingsCheckoutUpdate",
    "ChannelShippingSettingsUpdate",
    "ChannelWithCurrencies",
    "ChannelWithoutCurrencies",
    "ChannelsV3Site",
    "ChannelsV3Url",
    "Checkout",
    "CheckoutBillingAddress",
    "CheckoutBillingAddressCustomFieldsItem",
    "CheckoutCart",
    "CheckoutCartCouponsItem",
    "CheckoutCartCurrency",
    "CheckoutCartDiscountsItem",
    "CheckoutCartLineItems",
    "CheckoutCartLineItemsCustomItemsItem",
    "CheckoutCartLineItemsDigitalItemsItem",
    "CheckoutCartLineItemsDigitalItemsItemDiscountsItem",
    "CheckoutCartLineItemsGiftCertificatesItem",
    "CheckoutCartLineItemsGiftCertificatesItemRecipient",
    "CheckoutCartLineItemsGiftCertificatesItemSender",
    "CheckoutCartLineItemsPhysicalItemsItem",
    "CheckoutCartLineItemsPhysicalItemsItemDiscountsItem",
    "CheckoutCartLineItemsPhysicalItemsItemGiftWrapping",
    "CheckoutConsignmentsItem",
    "CheckoutConsignmentsItemAddress",
    "CheckoutConsignmentsItemAddressCustomFieldsItem",
    "CheckoutConsignmentsItemAvailableShippingOptionsItem",
    "CheckoutConsignmentsItemCouponDiscountsItem",
    "CheckoutConsignmentsItemDiscountsItem",
    "CheckoutConsignmentsItemSelectedShippingOption",
    "CheckoutFee",
    "CheckoutPromotionsItem",
    "CheckoutPromotionsItemBannersItem",
    "CheckoutPut",
    "CheckoutPutUpdate",
    "CheckoutTaxesItem",
    "CheckoutsSettings",
    "CheckoutsSettingsRequest",
    "CheckoutsSettingsRequestUpdate",
    "CheckoutsV3AppliedCoupon",
    "CheckoutsV3Order",
    "CheckoutsV3PickupOption",
    "ComplexRuleBase",
    "ComplexRuleConditionBase",
    "Condition",
    "ConditionCreate",
    "ConditionUpdate",
    "ConditionsRequestItem",
    "ConditionsRequestItemCreate",
    "ConfiguredFilter",
    "ConfiguredFilterUpdate",
    "ConfiguredFiltersOverride",
    "ConfiguredFiltersOverrideUpdate",
    "ConsentFull",
    "Coordinates",
    "CoordinatesCreate",
    "Country",
    "CountryAddressMatcher",
    "CountryAddressMatcherCreate",
    "CountryAddressMatcherUpdate",
    "CountryRuleInfo",
    "CountryRuleInfoCreate",
    "CountryRuleInfoUpdate",
    "CountryState",
    "Coupon",
    "CouponAppliesTo",
    "CouponAppliesToCreate",
    "CouponAppliesToUpdate",
    "CouponCode",
    "CouponCodeCreate",
    "CouponCodeRequest",
    "CouponCodeRequestCreate",
    "CouponCodeUpdate",
    "CouponCreate",
    "CouponRestrictedTo",
    "CouponRestrictedToCreate",
    "CouponRestrictedToUpdate",
    "CouponUpdate",
    "CreateBrandImageRequest",
    "CreateBrandImageRequestCreate",
    "CreateBrandImageResponseData",
    "CreateBrandRequest",
    "CreateBrandRequestCreate",
    "CreateBrandRequestCustomUrl",
    "CreateBrandRequestCustomUrlCreate",
    "CreateBrandResponseData",
    "CreateBrandResponseDataCustomUrl",
    "CreateBrandsMetafieldsRequestItem",
    "CreateBrandsMetafieldsRequestItemCreate",
    "CreateBulkPricingRuleResponseData",
    "CreateCartsMetafieldsRequestItem",
    "CreateCartsMetafieldsRequestItemCreate",
    "CreateCategoriesItem",
    "CreateCategoriesItemCreate",
    "CreateCategoriesMetafieldsRequestItem",
    "CreateCategoriesMetafieldsRequestItemCreate",
    "CreateCategoryImageRequest",
    "CreateCategoryImageRequestCreate",
    "CreateCategoryImageResponseData",
    "CreateCategoryRequest",
    "CreateCategoryRequestCreate",
    "CreateCategoryRequestCustomUrl",
    "CreateCategoryRequestCustomUrlCreate",
    "CreateChannelReq",
    "CreateChannelReqCreate",
    "CreateCheckoutTokenRequest",
    "CreateCheckoutTokenRequestCreate",
    "CreateCheckoutTokenResponse",
    "CreateConsignmentRequestItem",
    "CreateConsignmentRequestItemAddress",
    "CreateConsignmentRequestItemAddressCreate",
    "CreateConsignmentRequestItemAddressCustomFieldsItem",
    "CreateConsignmentRequestItemAddressCustomFieldsItemCreate",
    "CreateConsignmentRequestItemCreate",
    "CreateConsignmentRequestItemLineItemsItem",
    "CreateConsignmentRequestItemLineItemsItemCreate",
    "CreateConsignmentRequestItemPickupOption",
    "CreateConsignmentRequestItemPickupOptionCreate",
    "CreateCustomersMetafieldsRequestItem",
    "CreateCustomersMetafieldsRequestItemCreate",
    "CreateDeploymentRequest",
    "CreateDeploymentRequestCreate",
    "CreateDeploymentResponse",
    "CreateLocationsMetafieldsRequestItem",
    "CreateLocationsMetafieldsRequestItemCreate",
    "CreateOrdersMetafieldsRequestItem",
    "CreateOrdersMetafieldsRequestItemCreate",
    "CreatePaymentAccessTokenRequest",
    "CreatePaymentAccessTokenRequestCreate",
    "CreatePaymentAccessTokenResponseData",
    "CreatePriceListRecordsRequestItem",
    "CreatePriceListRecordsRequestItemBulkPricingTiersItem",
    "CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate",
    "CreatePriceListRecordsRequestItemCreate",
    "CreatePriceListRequest",
    "CreatePriceListRequestCreate",
    "CreatePriceListResponseData",
    "CreateProductComplexRuleRequest",
    "CreateProductComplexRuleRequestCreate",
    "CreateProductComplexRuleRequestPriceAdjuster",
    "CreateProductComplexRuleRequestPriceAdjusterCreate",
    "CreateProductComplexRuleRequestWeightAdjuster",
    "CreateProductComplexRuleRequestWeightAdjusterCreate",
    "CreateProductComplexRuleResponseData",
    "CreateProductComplexRuleResponseDataConditionsItem",
    "CreateProductComplexRuleResponseDataPriceAdjuster",
    "CreateProductComplexRuleResponseDataWeightAdjuster",
    "CreateProductImageResponseData",
    "CreateProductModifierImageRequest",
    "CreateProductModifierImageRequestCreate",
    "CreateProductModifierImageResponseData",
    "CreateProductModifierResponseData",
    "CreateProductModifierValueRequest",
    "CreateProductModifierValueRequestAdjusters",
    "CreateProductModifierValueRequestAdjustersCreate",
    "CreateProductModifierValueRequestAdjustersPrice",
    "CreateProductModifierValueRequestAdjustersPriceCreate",
    "CreateProductModifierValueRequestAdjustersPurchasingDisabled",
    "CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate",
    "CreateProductModifierValueRequestAdjustersWeight",
    "CreateProductModifierValueRequestAdjustersWeightCreate",
    "CreateProductModifierValueRequestCreate",
    "CreateProductModifierValueResponseData",
    "CreateProductModifierValueResponseDataAdjusters",
    "CreateProductModifierValueResponseDataAdjustersPrice",
    "CreateProductModifierValueResponseDataAdjustersPurchasingDisabled",
    "CreateProductModifierValueResponseDataAdjustersWeight",
    "CreateProductReviewRequest",
    "CreateProductReviewRequestCreate",
    "CreateProductReviewResponseData",
    "CreateProductVariantImageRequest",
    "CreateProductVariantImageRequestCreate",
    "CreateProductVariantImageResponseData",
    "CreateProductVariantOptionRequest",
    "CreateProductVariantOptionRequestConfig",
    "CreateProductVariantOptionRequestConfigCreate",
    "CreateProductVariantOptionRequestCreate",
    "CreateProductVariantOptionRequestOptionValuesItem",
    "CreateProductVariantOptionRequestOptionValuesItemCreate",
    "CreateProductVariantOptionResponseData",
    "CreateProductVariantOptionResponseDataConfig",
    "CreateProductVariantOptionResponseDataOptionValuesItem",
    "CreateProductVariantOptionValueRequest",
    "CreateProductVariantOptionValueRequestCreate",
    "CreateProductVariantOptionValueResponseData",
    "CreateProductVideoRequest",
    "CreateProductVideoRequestCreate",
    "CreateProductVideoResponseData",
    "CreateProductsMetafieldsRequestItem",
    "CreateProductsMetafieldsRequestItemCreate",
    "CreateProjectRequest",
    "CreateProjectRequestCreate",
    "CreatePromotionCodeRequest",
    "CreatePromotionCodeRequestCreate",
    "CreatePromotionRequest",
    "CreatePromotionRequestCreate",
    "CreateRedirectExportJobRequest",
    "CreateRedirectExportJobRequestCreate",
    "CreateRedirectExportJobResponse",
    "CreateRedirectImportJobRequest",
    "CreateRedirectImportJobRequestCreate",
    "CreateRedirectImportJobResponse",
    "CreateSettingsFaviconImageRequest",
    "CreateSettingsFaviconImageRequestCreate",
    "CreateSettingsLogoImageRequest",
    "CreateSettingsLogoImageRequestCreate",
    "CreateShippingZonesRequest",
    "CreateShippingZonesRequestCreate",
    "CreateShippingZonesRequestFreeShipping",
    "CreateShippingZonesRequestFreeShippingCreate",
    "CreateShippingZonesRequestHandlingFees",
    "CreateShippingZonesRequestHandlingFeesCreate",
    "CreateShippingZonesRequestLocationsItem",
    "CreateShippingZonesRequestLocationsItemCreate",
    "CreateShippingZonesResponse",
    "CreateShippingZonesResponseFreeShipping",
    "CreateShippingZonesResponseHandlingFees",
    "CreateShippingZonesResponseLocationsItem",
    "CreateTokenRequest",
    "CreateTokenRequestCreate",
    "CreateVariantsMetafieldsRequestItem",
    "CreateVariantsMetafieldsRequestItemCreate",
    "CreditCard",
    "Currency",
    "CurrencyCreate",
    "CurrencyNotRequiredWithChannelId",
    "CurrencyRequiredWithChannelId",
    "CurrencyRequiredWithChannelIdCreate",
    "CurrencyRequiredWithChannelIdUpdate",
    "CurrencyRequiredWithoutChannelId",
    "CurrencyRequiredWithoutChannelIdCreate",
    "CurrencyRequiredWithoutChannelIdUpdate",
    "CurrencyUpdate",
    "CustomAppSectionsItem",
    "CustomAppSectionsItemCreate",
    "CustomFieldData",
    "CustomFieldPost",
    "CustomFieldPostCreate",
    "CustomFieldPut",
    "CustomFieldPutUpdate",
    "CustomTemplateAssociation",
    "CustomTemplateAssociationUpsert",
    "CustomTemplateAssociationUpsertUpdate",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreate",
    "CustomerAddressUpdate",
    "CustomerAddressesCustomerPost",
    "CustomerAddressesCustomerPostCreate",
    "CustomerAttributeValueCollectionResponseDataItem",
    "CustomerAttributesBase",
    "CustomerAttributesBaseCreate",
    "CustomerAttributesResponseDataItem",
    "CustomerAuthentication",
    "CustomerAuthenticationCreate",
    "CustomerAuthenticationPostPut",
    "CustomerAuthenticationPostPutCreate",
    "CustomerAuthenticationPostPutUpdate",
    "CustomerAuthenticationUpdate",
    "CustomerChannelSettingsObject",
    "CustomerChannelSettingsObjectCustomerGroupSettings",
    "CustomerChannelSettingsObjectCustomerGroupSettingsUpdate",
    "CustomerChannelSettingsObjectPrivacySettings",
    "CustomerChannelSettingsObjectPrivacySettingsUpdate",
    "CustomerChannelSettingsObjectUpdate",
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
    "CustomerPost",
    "CustomerPostCreate",
    "CustomerSegmentIdLimitation",
    "CustomerSegmentIdLimitationCreate",
    "CustomerSegmentIdLimitationUpdate",
    "CustomerSegmentLimitation",
    "CustomerSegmentLimitation2",
    "CustomerSegmentLimitation2Create",
    "CustomerSegmentLimitation2Update",
    "CustomerSegmentLimitation3",
    "CustomerSegmentLimitation3Create",
    "CustomerSegmentLimitation3Update",
    "CustomerSegmentLimitationCreate",
    "CustomerSegmentLimitationUpdate",
    "CustomerSettingsObject",
    "CustomerSettingsObjectCustomerGroupSettings",
    "CustomerSettingsObjectCustomerGroupSettingsUpdate",
    "CustomerSettingsObjectPrivacySettings",
    "CustomerSettingsObjectPrivacySettingsUpdate",
    "CustomerSettingsObjectUpdate",
    "CustomerStoredCreditAmountsItem",
    "CustomerStoredCreditAmountsItemCreate",
    "CustomerStoredCreditAmountsItemUpdate",
    "CustomerUpdate",
    "CustomersV3CustomerFull",
    "CustomersV3CustomerFullAuthentication",
    "CustomersV3CustomerPut",
    "CustomersV3CustomerPutUpdate",
    "CustomersV3MetafieldFull",
    "CustomsInformation",
    "CustomsInformationRequest",
    "CustomsInformationRequestUpdate",
    "DeclareCustomerConsentRequest",
    "DeclareCustomerConsentRequestUpdate",
    "DeleteCarrierConnectionRequest",
    "DeleteCarrierConnectionRequestCreate",
    "DeleteConsignmentRequest",
    "DeleteConsignmentRequestCreate",
    "DeleteCouponCodeRequest",
    "DeleteCouponCodeRequestCreate",
    "DeleteFeesRequest",
    "DeleteFeesRequestCreate",
    "DeletePriceListRecordsResponse",
    "DigitalConsignmentGet",
    "DigitalConsignmentGetLineItemsItem",
    "Discount",
    "DiscountCreate",
    "DiscountUpdate",
    "Dropzone",
    "DropzoneCreate",
    "EmailTemplate",
    "EmailTemplateUpdate",
    "EnabledTransactionalEmails",
    "EnabledTransactionalEmailsUpdate",
    "EnvironmentVariable",
    "EnvironmentVariableCreate",
    "FeeWithId",
    "FeeWithIdUpdate",
    "FixedPriceSetActionFixedPriceSet",
    "FixedPriceSetActionFixedPriceSetCreate",
    "FixedPriceSetActionFixedPriceSetUpdate",
    "FormField",
    "FormFieldCreate",
    "FormFieldUpdate",
    "FormFieldValue",
    "FormFieldValueAddress",
    "FormFieldValueCollectionResponseDataItem",
    "FormFieldValueCreate",
    "FormFieldValueCustomer",
    "FormFieldValueFull",
    "FormFieldValueFullUpdate",
    "FormFieldValueUpdate",
    "FormFieldValuesResponseDataItem",
    "FormFields",
    "FormFieldsUpdate",
    "GeneratePromotionCodesBatchRequest",
    "GeneratePromotionCodesBatchRequestCreate",
    "GeographyV2CountFull",
    "GetAllBulkPricingRulesResponseData",
    "GetBannersCountResponse",
    "GetBulkPricingRuleResponseData",
    "GetCatalogSummaryResponseData",
    "GetCategories",
    "GetChannelOrderSettingsResponse",
    "GetCustomerStoredInstrumentsResponseItem",
    "GetDefaultAbandonedCartEmailTemplateResponse",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys",
    "GetGlobalOrderSettingsResponse",
    "GetHooksAdminResponseData",
    "GetHooksAdminResponseDataBlockedDomainsItem",
    "GetHooksAdminResponseDataBlockedDomainsItemReasonsItem",
    "GetHooksAdminResponseDataHooksListItem",
    "GetPageSnapshotResponseData",
    "GetPriceListRecordResponseData",
    "GetPriceListRecordResponseDataBulkPricingTiersItem",
    "GetPriceListRecordsByVariantIdResponseDataItem",
    "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItem",
    "GetPriceListRecordsResponseDataItem",
    "GetPriceListRecordsResponseDataItemBulkPricingTiersItem",
    "GetPriceListResponseData",
    "GetPriceListsResponseDataItem",
    "GetPricesRequest",
    "GetPricesRequestCreate",
    "GetPricesRequestItemsItem",
    "GetPricesRequestItemsItemCreate",
    "GetPricesRequestItemsItemOptionsItem",
    "GetPricesRequestItemsItemOptionsItemCreate",
    "GetPricesResponseDataItem",
    "GetPricesResponseDataItemCalculatedPrice",
    "GetPricesResponseDataItemMinimumAdvertisedPrice",
    "GetPricesResponseDataItemPrice",
    "GetPricesResponseDataItemPriceRange",
    "GetPricesResponseDataItemPriceRangeMaximum",
    "GetPricesResponseDataItemPriceRangeMinimum",
    "GetPricesResponseDataItemRetailPrice",
    "GetPricesResponseDataItemRetailPriceRange",
    "GetPricesResponseDataItemRetailPriceRangeMaximum",
    "GetPricesResponseDataItemRetailPriceRangeMinimum",
    "GetPricesResponseDataItemSalePrice",
    "GetPricesResponseDataItemSaved",
    "GetProductComplexRuleResponseData",
    "GetProductComplexRuleResponseDataConditionsItem",
    "GetProductComplexRuleResponseDataPriceAdjuster",
    "GetProductComplexRuleResponseDataWeightAdjuster",
    "GetProductResponseData",
    "GetProductReviewResponseData",
    "GetProductReviewsResponseDataItem",
    "GetProductVariantOptionValueResponseData",
    "GetProductVariantOptionValuesResponseDataItem",
    "GetProductsResponseDataItem",
    "GetShippingMethodResponse",
    "GetShippingMethodResponseHandlingFees",
    "GetShippingZoneResponse",
    "GetShippingZoneResponseFreeShipping",
    "GetShippingZoneResponseHandlingFees",
    "GetShippingZoneResponseLocationsItem",
    "GetShippingZonesResponseItem",
    "GetShippingZonesResponseItemFreeShipping",
    "GetShippingZonesResponseItemHandlingFees",
    "GetShippingZonesResponseItemLocationsItem",
    "GetThemeCustomTemplatesResponseData",
    "GetVariantsResponseDataItem",
    "GetVariantsResponseDataItemOptionValuesItem",
    "GiftCertificate",
    "GiftCertificateConsignmentGet",
    "GiftCertificateConsignmentGetLineItemsItem",
    "GiftCertificateCreate",
    "GiftCertificateUpdate",
    "GiftItemActionGiftItem",
    "GiftItemActionGiftItemCreate",
    "GiftItemActionGiftItemUpdate",
    "GlobalAbandonedCartSettingsRequest",
    "GlobalAbandonedCartSettingsRequestUpdate",
    "GlobalCartSettingsRequest",
    "GlobalCartSettingsRequestUpdate",
    "GlobalOrderSettings",
    "GlobalOrderSettingsNotifications",
    "GlobalOrderSettingsNotificationsForwardInvoice",
    "GlobalOrderSettingsNotificationsForwardInvoiceUpdate",
    "GlobalOrderSettingsNotificationsOrderPlaced",
    "GlobalOrderSettingsNotificationsOrderPlacedUpdate",
    "GlobalOrderSettingsNotificationsUpdate",
    "GlobalOrderSettingsUpdate",
    "GlobalPromotionSettings",
    "GlobalPromotionSettingsUpdate",
    "GoogleProductSearchMapping",
    "HTTP201CreatePagesResponseData",
    "ImportErrorsItem",
    "InstallCertificateData",
    "InstallCertificateDataUpdate",
    "InstalledCertificateDetail",
    "InventoryNotificationsSettings",
    "InventoryNotificationsSettingsUpdate",
    "InventorySettings",
    "InventorySettingsUpdate",
    "ItemCustomGet",
    "ItemDigitalGet",
    "ItemDigitalGetDiscountsItem",
    "ItemGiftCertificateGet",
    "ItemGiftCertificateGetRecipient",
    "ItemGiftCertificateGetSender",
    "ItemMatcher",
    "ItemMatcher2",
    "ItemMatcher2Create",
    "ItemMatcher2Update",
    "ItemMatcher3",
    "ItemMatcher3Create",
    "ItemMatcher3Update",
    "ItemMatcherCreate",
    "ItemMatcherUpdate",
    "ItemPhysicalGet",
    "ItemPhysicalGetDiscountsItem",
    "ItemPhysicalGetGiftWrapping",
    "ItemResponse",
    "ItemResponseIdentity",
    "ItemResponseLocationsItem",
    "ItemResponseLocationsItemSettings",
    "ItemsRefund",
    "ItemsRefundCreate",
    "JobId",
    "JobResponseData",
    "JobResponseDataErrorsItem",
    "JobResponseDataWarningsItem",
    "LineItemsGet",
    "Listing",
    "Locale",
    "LocaleObject",
    "LocaleObjectUpdate",
    "LocaleUpdate",
    "LocationItemsResponse",
    "LocationItemsResponseIdentity",
    "LocationItemsResponseSettings",
    "LocationItemsSettingsRequest",
    "LocationItemsSettingsRequestSettingsItem",
    "LocationItemsSettingsRequestSettingsItemIdentity",
    "LocationItemsSettingsRequestSettingsItemIdentityUpdate",
    "LocationItemsSettingsRequestSettingsItemUpdate",
    "LocationItemsSettingsRequestUpdate",
    "LocationResponse",
    "LocationResponseAddress",
    "LocationResponseAddressGeoCoordinates",
    "LocationResponseSpecialHoursItem",
    "LocationsCreateRequestItem",
    "LocationsCreateRequestItemAddress",
    "LocationsCreateRequestItemAddressCreate",
    "LocationsCreateRequestItemAddressGeoCoordinates",
    "LocationsCreateRequestItemAddressGeoCoordinatesCreate",
    "LocationsCreateRequestItemCreate",
    "LocationsUpdateRequestItem",
    "LocationsUpdateRequestItemAddress",
    "LocationsUpdateRequestItemAddressGeoCoordinates",
    "LocationsUpdateRequestItemAddressGeoCoordinatesUpdate",
    "LocationsUpdateRequestItemAddressUpdate",
    "LocationsUpdateRequestItemUpdate",
    "LocationsV3Metafield",
    "LocationsV3MetafieldBase",
    "LocationsV3MetafieldBaseCreate",
    "LocationsV3MetafieldBaseUpdate",
    "LogoSettings",
    "LogoSettingsUpdate2",
    "LogoSettingsUpdate2Update",
    "MeasurementUnitsSettings",
    "MeasurementUnitsSettingsUpdate",
    "MerchantOverride",
    "MerchantOverrideCreate",
    "MetaData",
    "Metafield200Response",
    "MetafieldBasePost",
    "MetafieldBasePostCreate",
    "MetafieldBasePostPut",
    "MetafieldBasePostPutCreate",
    "MetafieldBasePostPutUpdate",
    "MetafieldBasePostUpdate",
    "MetafieldBasePut",
    "MetafieldBasePutUpdate",
    "MetafieldPost",
    "MetafieldPost2",
    "MetafieldPost2Create",
    "MetafieldPostCreate",
    "MetafieldPut",
    "MetafieldPut2",
    "MetafieldPut2Update",
    "MetafieldPutUpdate",
    "NoContent",
    "Notification",
    "NotificationCreate",
    "NotificationUpdate",
    "OperatingHours",
    "OperatingHoursCreate",
    "OperatingHoursForDay",
    "OperatingHoursForDayCreate",
    "OperatingHoursForDayUpdate",
    "OperatingHoursUpdate",
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
    "OrderConsignmentGet",
    "OrderConsignmentGetEmail",
    "OrderCoupon",
    "OrderCreate",
    "OrderFee",
    "OrderFeeCreate",
    "OrderFeeUpdate",
    "OrderFeesResp",
    "OrderMessage",
    "OrderProduct",
    "OrderProductAppliedDiscount",
    "OrderProductAppliedDiscounts",
    "OrderProductConfigurableField",
    "OrderProductLine",
    "OrderProductLineCreate",
    "OrderProductLineOption",
    "OrderProductLineOptionCreate",
    "OrderProductLineOptionUpdate",
    "OrderProductLineUpdate",
    "OrderProductOption",
    "OrderProductOptions",
    "OrderProductsConfigurableFieldsItem",
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
    "OrdersV3Metafield",
    "Page",
    "PageCreate",
    "PagePutObj",
    "PagePutObjUpdate",
    "PageUpdate",
    "PagesCollectionResponseDataItem",
    "ParentRelation",
    "PaymentMethod",
    "PaymentMethodFull",
    "PaymentMethodFullSupportedInstrumentsItem",
    "PaymentMethodStoredInstrument",
    "PaymentOption",
    "PaymentRequest",
    "PaymentRequestCreate",
    "PaymentsPostRequest",
    "PaymentsPostRequestCreate",
    "PaymentsPostRequestPayment",
    "PaymentsPostRequestPaymentCreate",
    "PaymentsPostRequestPaymentInstrument",
    "PaymentsPostRequestPaymentInstrumentCreate",
    "PaymentsPostResponseData",
    "Pickup",
    "PickupConsignmentGet",
    "PickupConsignmentGetLineItemsItem",
    "PickupConsignmentLocationGet",
    "PickupItem",
    "PickupMethod",
    "PickupMethodResponse",
    "PickupOptionsResponse",
    "PickupOptionsResponseResultsItem",
    "PickupOptionsV3Item",
    "PickupOptionsV3ItemCreate",
    "PickupOptionsV3PickupOption",
    "PickupRequestPayload",
    "PickupRequestPayloadCreate",
    "PlacementFull",
    "PlacementPost",
    "PlacementPostCreate",
    "PlacementPut",
    "PlacementPutUpdate",
    "PostRequestPickup",
    "PostRequestPickupCreate",
    "PostRequestPickupItem",
    "PostRequestPickupItemCreate",
    "PostSite",
    "PostSiteCreate",
    "PriceListsV3BulkPricingTier",
    "PriceListsV3BulkPricingTierCreate",
    "PriceListsV3BulkPricingTierUpdate",
    "PriceRecordBatchItem",
    "PriceRecordBatchItemCreate",
    "PriceRecordBatchItemUpdate",
    "PricingSfBulkPricingTier",
    "PrimaryImageFull",
    "Product",
    "ProductBasePOST",
    "ProductBasePOSTBulkPricingRulesItem",
    "ProductBasePOSTBulkPricingRulesItemCreate",
    "ProductBasePOSTCreate",
    "ProductBasePUTBulkPricingRulesItem",
    "ProductBasePUTBulkPricingRulesItemUpdate",
    "ProductBaseResponseBulkPricingRulesItem",
    "ProductCategoryAssignment",
    "ProductCategoryAssignmentUpdate",
    "ProductChannelAssignment",
    "ProductChannelAssignmentUpdate",
    "ProductConfigurableField",
    "ProductCreate",
    "ProductCustomField",
    "ProductCustomFieldCreate",
    "ProductCustomFieldMatcherProductCustomField",
    "ProductCustomFieldMatcherProductCustomFieldCreate",
    "ProductCustomFieldMatcherProductCustomFieldUpdate",
    "ProductCustomFieldPut",
    "ProductCustomFieldPutCreate",
    "ProductCustomFieldPutUpdate",
    "ProductCustomFieldUpdate",
    "ProductDiscountRule",
    "ProductDiscountRuleCreate",
    "ProductDiscountRuleUpdate",
    "ProductFull",
    "ProductImage",
    "ProductImageCreate",
    "ProductImageFull",
    "ProductImageFullCreate",
    "ProductImageFullUpdate",
    "ProductImagePostPut",
    "ProductImagePostPutCreate",
    "ProductImagePostPutUpdate",
    "ProductImageUpdate",
    "ProductModifierOptionValueFull",
    "ProductModifierPost",
    "ProductModifierPostCreate",
    "ProductModifierPostOptionValuesItem",
    "ProductModifierPostOptionValuesItemAdjusters",
    "ProductModifierPostOptionValuesItemAdjustersCreate",
    "ProductModifierPostOptionValuesItemAdjustersPrice",
    "ProductModifierPostOptionValuesItemAdjustersPriceCreate",
    "ProductModifierPostOptionValuesItemCreate",
    "ProductModifiersCatalogV3ConfigFull",
    "ProductModifiersCatalogV3ConfigFullCreate",
    "ProductModifiersCatalogV3ProductModifierFull",
    "ProductOption",
    "ProductOptionBase",
    "ProductOptionConfigFull",
    "ProductOptionFull",
    "ProductOptionOptionValueFull",
    "ProductOptionsItemMatcherProductOption",
    "ProductOptionsItemMatcherProductOptionCreate",
    "ProductOptionsItemMatcherProductOptionUpdate",
    "ProductPrimaryImage",
    "ProductPut",
    "ProductPutCollectionItem",
    "ProductPutCollectionItemUpdate",
    "ProductPutUpdate",
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
    "ProductSortOrder",
    "ProductSortOrderUpdate",
    "ProductTaxProperty",
    "ProductTaxPropertyUpdate",
    "ProductUpdate",
    "ProductVariantPost",
    "ProductVariantPostCreate",
    "ProductVariantPut",
    "ProductVariantPutUpdate",
    "ProductVariantsCatalogV3Metafield",
    "ProductVariantsCatalogV3ProductVariantFull",
    "ProductVariantsCatalogV3ProductVariantOptionValueFull",
    "ProductVariantsCatalogV3ProductVariantOptionValueFullCreate",
    "ProductVideo",
    "ProductVideoCreate",
    "ProductVideoFull",
    "ProductVideoFullCreate",
    "ProductVideoFullUpdate",
    "ProductsCatalogV3ConfigFull",
    "ProductsCatalogV3CustomUrlFull",
    "ProductsCatalogV3CustomUrlFullCreate",
    "ProductsCatalogV3CustomUrlFullUpdate",
    "ProductsCatalogV3Metafield",
    "ProductsCatalogV3MetafieldFull",
    "ProductsCatalogV3ProductModifierFull",
    "ProductsCatalogV3ProductVariantFull",
    "ProductsCatalogV3ProductVariantFullCreate",
    "ProductsCatalogV3ProductVariantOptionValueFull",
    "ProductsCatalogV3ProductVariantOptionValueFullCreate",
    "Project",
    "PromotionsCollectionResponseDataItem",
    "PromotionsResponseData",
    "PromotionsV3Channel",
    "PromotionsV3ChannelCreate",
    "PromotionsV3ChannelUpdate",
    "Property",
    "PropertyPOST",
    "PropertyPOSTCreate",
    "PropertyPUT",
    "PropertyPUTUpdate",
    "Publish",
    "PublishCreate",
    "PutCheckoutUrl",
    "PutCheckoutUrlUpdate",
    "PutPickupMethodsRequestItem",
    "PutPickupMethodsRequestItemUpdate",
    "PutRequestPickup",
    "PutRequestPickupUpdate",
    "PutSite",
    "PutSiteUpdate",
    "Redirect",
    "Redirect301ImportExportJobRead",
    "Redirect301Read",
    "Redirect301Upsert",
    "Redirect301UpsertUpdate",
    "RedirectCreate",
    "RedirectForward",
    "RedirectForwardCreate",
    "RedirectForwardUpdate",
    "RedirectTo",
    "RedirectToUpdate",
    "RedirectUpdate",
    "RedirectUrlsPost",
    "RedirectUrlsPostCreate",
    "RedirectUrlsPostQueryParams",
    "RedirectUrlsPostQueryParamsCreate",
    "ReferenceRequest",
    "ReferenceRequestOptionsItem",
    "Refund",
    "RefundIDGetData",
    "RefundIDGetDataItemsItem",
    "RefundIDGetDataPaymentsItem",
    "RefundItem",
    "RefundItemAdjustment",
    "RefundItemAdjustmentCreate",
    "RefundPayment",
    "RefundQuoteFull",
    "RefundQuotePost",
    "RefundQuotePostCreate",
    "RefundRequestPost",
    "RefundRequestPostCreate",
    "Region",
    "RegionChildrenItem",
    "RegionChildrenItemCreate",
    "RegionCreate",
    "ResourceLink",
    "ResponseConnectionData",
    "ResponseConnectionDataTarget",
    "RobotsTxtSettings",
    "RobotsTxtSettingsUpdate",
    "Rule",
    "RuleCreate",
    "RuleUpdate",
    "SEOSettings",
    "SEOSettingsUpdate",
    "SavedCouponPromotionMultipleCodes",
    "ScriptFull",
    "ScriptPost",
    "ScriptPostCreate",
    "ScriptPut",
    "ScriptPutUpdate",
    "SearchArea",
    "SearchAreaCreate",
    "SearchAreaRadius",
    "SearchAreaRadiusCreate",
    "SearchFilterOverrideContextIdentifier",
    "SearchFilterOverrideContextIdentifierUpdate",
    "Segment",
    "SegmentPost",
    "SegmentPostCreate",
    "SegmentPut",
    "SegmentPutUpdate",
    "SetPriceListRecordRequest",
    "SetPriceListRecordRequestBulkPricingTiersItem",
    "SetPriceListRecordRequestBulkPricingTiersItemUpdate",
    "SetPriceListRecordRequestUpdate",
    "SetPriceListRecordResponseData",
    "SetPriceListRecordResponseDataBulkPricingTiersItem",
    "ShippingActionShipping",
    "ShippingActionShippingCreate",
    "ShippingActionShippingUpdate",
    "ShippingAddressPut",
    "ShippingAddressPutUpdate",
    "ShippingConsignmentGet",
    "ShippingConsignmentGetLineItemsItem",
    "ShippingMethod",
    "ShippingMethodBase",
    "ShippingMethodBaseCreate",
    "ShippingMethodBaseHandlingFees",
    "ShippingMethodBaseHandlingFeesCreate",
    "ShippingMethodBaseHandlingFeesUpdate",
    "ShippingMethodBaseSettings",
    "ShippingMethodBaseSettingsCreate",
    "ShippingMethodBaseSettingsUpdate",
    "ShippingMethodBaseUpdate",
    "ShippingMethodFull",
    "ShippingQuotesBase",
    "ShippingQuotesConsignmentResource",
    "ShippingQuotesResource",
    "ShippingSettings",
    "ShippingSettingsCheckout",
    "ShippingSettingsCheckoutUpdate",
    "ShippingSettingsUpdate",
    "ShopperProfile",
    "ShopperProfilePost",
    "ShopperProfilePostCreate",
    "SimpleItemMatcher",
    "SimpleItemMatcherCreate",
    "SimpleItemMatcherUpdate",
    "SimpleTransactionResponse",
    "SinglePageResponseData",
    "SitePost",
    "SitePostCreate",
    "SitePut",
    "SitePutUpdate",
    "SiteRouteBase",
    "SiteRouteBaseCreate",
    "SiteRouteFull",
    "SiteRouteFullUpdate",
    "SiteRoutesRouteBase",
    "SiteRoutesRouteBaseUpdate",
    "SitesV3Site",
    "StoreAppUninstalled",
    "StoreAppUninstalledData",
    "StoreCartAbandoned",
    "StoreCartAbandonedData",
    "StoreCartConverted",
    "StoreCartConvertedData",
    "StoreCartCouponApplied",
    "StoreCartCouponAppliedData",
    "StoreCartCreated",
    "StoreCartCreatedData",
    "StoreCartDeleted",
    "StoreCartDeletedData",
    "StoreCartLineItemCreated",
    "StoreCartLineItemCreatedData",
    "StoreCartLineItemDeleted",
    "StoreCartLineItemDeletedData",
    "StoreCartLineItemUpdated",
    "StoreCartLineItemUpdatedData",
    "StoreCartLineItemWildcard",
    "StoreCartLineItemWildcardData",
    "StoreCartUpdated",
    "StoreCartUpdatedData",
    "StoreCategoryCreated",
    "StoreCategoryDeleted",
    "StoreCategoryDeletedData",
    "StoreCategoryUpdated",
    "StoreCategoryUpdatedData",
    "StoreChannelCreated",
    "StoreChannelCreatedData",
    "StoreChannelUpdated",
    "StoreChannelUpdatedData",
    "StoreCustomerAddressCreated",
    "StoreCustomerAddressCreatedData",
    "StoreCustomerAddressCreatedDataAddress",
    "StoreCustomerAddressDeleted",
    "StoreCustomerAddressDeletedData",
    "StoreCustomerAddressDeletedDataAddress",
    "StoreCustomerAddressUpdated",
    "StoreCustomerAddressUpdatedData",
    "StoreCustomerAddressUpdatedDataAddress",
    "StoreCustomerCreated",
    "StoreCustomerCreatedData",
    "StoreCustomerDeleted",
    "StoreCustomerDeletedData",
    "StoreCustomerPaymentInstrumentDefaultUpdated",
    "StoreCustomerPaymentInstrumentDefaultUpdatedData",
    "StoreCustomerUpdated",
    "StoreCustomerUpdatedData",
    "StoreDateFormat",
    "StoreFeatures",
    "StoreInformation",
    "StoreInformationUpdated",
    "StoreInformationUpdatedData",
    "StoreInformationV3Metafield",
    "StoreOrderArchived",
    "StoreOrderArchivedData",
    "StoreOrderCreated",
    "StoreOrderCreatedData",
    "StoreOrderMessageCreated",
    "StoreOrderMessageCreatedData",
    "StoreOrderMessageCreatedDataMessage",
    "StoreOrderRefundCreated",
    "StoreOrderRefundCreatedData",
    "StoreOrderRefundCreatedDataRefund",
    "StoreOrderStatusUpdated",
    "StoreOrderStatusUpdatedData",
    "StoreOrderStatusUpdatedDataStatus",
    "StoreOrderUpdated",
    "StoreOrderUpdatedData",
    "StoreProductCreated",
    "StoreProductCreatedData",
    "StoreProductDeleted",
    "StoreProductDeletedData",
    "StoreProductInventoryOrderUpdated",
    "StoreProductInventoryOrderUpdatedData",
    "StoreProductInventoryOrderUpdatedDataInventory",
    "StoreProductInventoryUpdated",
    "StoreProductInventoryUpdatedData",
    "StoreProductInventoryUpdatedDataInventory",
    "StoreProductUpdated",
    "StoreProductUpdatedData",
    "StoreProfile",
    "StoreProfileUpdate",
    "StoreShipmentCreated",
    "StoreShipmentCreatedData",
    "StoreShipmentDeleted",
    "StoreShipmentDeletedData",
    "StoreShipmentUpdated",
    "StoreShipmentUpdatedData",
    "StoreSkuCreated",
    "StoreSkuCreatedData",
    "StoreSkuCreatedDataSku",
    "StoreSkuDeleted",
    "StoreSkuDeletedData",
    "StoreSkuDeletedDataSku",
    "StoreSkuInventoryOrderUpdated",
    "StoreSkuInventoryOrderUpdatedData",
    "StoreSkuInventoryOrderUpdatedDataInventory",
    "StoreSkuInventoryUpdated",
    "StoreSkuInventoryUpdatedData",
    "StoreSkuInventoryUpdatedDataInventory",
    "StoreSkuUpdated",
    "StoreSkuUpdatedData",
    "StoreSkuUpdatedDataSku",
    "StoreStorefrontLimits",
    "StoreSubscriberCreated",
    "StoreSubscriberCreatedData",
    "StoreSubscriberDeleted",
    "StoreSubscriberDeletedData",
    "StoreSubscriberUpdated",
    "StoreSubscriberUpdatedData",
    "StoreTime",
    "StoreTimezone",
    "StorefrontCategorySettings",
    "StorefrontCategorySettingsUpdate",
    "StorefrontProductSettings",
    "StorefrontProductSettingsUpdate",
    "StorefrontSearchSettings",
    "StorefrontSearchSettingsUpdate",
    "StorefrontSecuritySettings",
    "StorefrontSecuritySettingsCspHeader",
    "StorefrontSecuritySettingsCspHeaderUpdate",
    "StorefrontSecuritySettingsHsts",
    "StorefrontSecuritySettingsHstsUpdate",
    "StorefrontSecuritySettingsUpdate",
    "StorefrontSecuritySettingsXFrameOptionsHeader",
    "StorefrontSecuritySettingsXFrameOptionsHeaderUpdate",
    "StorefrontStatus",
    "StorefrontStatusUpdate",
    "SubscriberBase",
    "SubscriberBaseCreate",
    "SubscriberBaseUpdate",
    "SubscriberFull",
    "SuccessNoContentResponse",
    "SystemLog",
    "TaxClass",
    "TaxClassCreateBatchItem",
    "TaxClassCreateBatchItemCreate",
    "TaxClassResource",
    "TaxClassUpdateBatchItem",
    "TaxClassUpdateBatchItemUpdate",
    "TaxCustomer",
    "TaxCustomerUpdate",
    "TaxRate",
    "TaxRateClassRatesItem",
    "TaxRatePOST",
    "TaxRatePOSTClassRatesItem",
    "TaxRatePOSTClassRatesItemCreate",
    "TaxRatePOSTCreate",
    "TaxRatePUT",
    "TaxRatePUTClassRatesItem",
    "TaxRatePUTClassRatesItemUpdate",
    "TaxRatePUTUpdate",
    "TaxSettings",
    "TaxSettingsPriceDisplaySettings",
    "TaxSettingsPriceDisplaySettingsUpdate",
    "TaxSettingsUpdate",
    "TaxZone",
    "TaxZonePOST",
    "TaxZonePOSTCreate",
    "TaxZonePOSTPriceDisplaySettings",
    "TaxZonePOSTPriceDisplaySettingsCreate",
    "TaxZonePOSTShopperTargetSettings",
    "TaxZonePOSTShopperTargetSettingsCreate",
    "TaxZonePOSTShopperTargetSettingsLocationsItem",
    "TaxZonePOSTShopperTargetSettingsLocationsItemCreate",
    "TaxZonePUT",
    "TaxZonePUTPriceDisplaySettings",
    "TaxZonePUTPriceDisplaySettingsUpdate",
    "TaxZonePUTShopperTargetSettings",
    "TaxZonePUTShopperTargetSettingsLocationsItem",
    "TaxZonePUTShopperTargetSettingsLocationsItemUpdate",
    "TaxZonePUTShopperTargetSettingsUpdate",
    "TaxZonePUTUpdate",
    "TaxZonePriceDisplaySettings",
    "TaxZoneShopperTargetSettings",
    "TaxZoneShopperTargetSettingsLocationsItem",
    "Template",
    "TemplateCreate",
    "TemplateUpdate",
    "Theme",
    "ThemeConfigurationFull",
    "ThemeConfigurationWrite",
    "ThemeConfigurationWriteCreate",
    "ThemeRegion",
    "ThemeVariationsItem",
    "ThemesCollectionResponseDataItem",
    "ThemesCollectionResponseDataItemVariationsItem",
    "TokenBase",
    "TokenPostImpersonation",
    "TokenPostImpersonationCreate",
    "TokenPostPrivate",
    "TokenPostPrivateCreate",
    "Transaction",
    "TransactionAvsResult",
    "TransactionCustom",
    "TransactionCustomProviderFieldResult",
    "TransactionCvvResult",
    "TransactionGiftCertificate",
    "TransactionOffline",
    "TransactionStoreCredit",
    "TranslationDefinition",
    "TranslationDefinitionCreate",
    "TranslationDefinitionUpdate",
    "Tree",
    "TreeUpdate",
    "UpdateAnalyticsProviderRequest",
    "UpdateAnalyticsProviderRequestUpdate",
    "UpdateBrandRequest",
    "UpdateBrandRequestCustomUrl",
    "UpdateBrandRequestCustomUrlUpdate",
    "UpdateBrandRequestUpdate",
    "UpdateBrandResponseData",
    "UpdateBrandResponseDataCustomUrl",
    "UpdateBrandsMetafieldsRequestItem",
    "UpdateBrandsMetafieldsRequestItemUpdate",
    "UpdateBulkPricingRuleRequest",
    "UpdateBulkPricingRuleRequestUpdate",
    "UpdateBulkPricingRuleResponseData",
    "UpdateCartsMetafieldsRequestItem",
    "UpdateCartsMetafieldsRequestItemUpdate",
    "UpdateCategoriesItem",
    "UpdateCategoriesItemUpdate",
    "UpdateCategoriesMetafieldsRequestItem",
    "UpdateCategoriesMetafieldsRequestItemUpdate",
    "UpdateCategoryRequest",
    "UpdateCategoryRequestCustomUrl",
    "UpdateCategoryRequestCustomUrlUpdate",
    "UpdateCategoryRequestUpdate",
    "UpdateCategoryResponseData",
    "UpdateCategoryResponseDataCustomUrl",
    "UpdateChannelOrderSettingsResponse",
    "UpdateChannelReq",
    "UpdateChannelReqUpdate",
    "UpdateConsignmentRequest",
    "UpdateConsignmentRequestAddress",
    "UpdateConsignmentRequestAddressCustomFieldsItem",
    "UpdateConsignmentRequestAddressCustomFieldsItemUpdate",
    "UpdateConsignmentRequestAddressUpdate",
    "UpdateConsignmentRequestCustomShipping",
    "UpdateConsignmentRequestCustomShippingUpdate",
    "UpdateConsignmentRequestLineItemsItem",
    "UpdateConsignmentRequestLineItemsItemUpdate",
    "UpdateConsignmentRequestPickupOption",
    "UpdateConsignmentRequestPickupOptionUpdate",
    "UpdateConsignmentRequestUpdate",
    "UpdateCustomerMetafieldRequest",
    "UpdateCustomerMetafieldRequestUpdate",
    "UpdateCustomersMetafieldsRequestItem",
    "UpdateCustomersMetafieldsRequestItemUpdate",
    "UpdateFeesRequest",
    "UpdateFeesRequestUpdate",
    "UpdateGlobalOrderSettingsResponse",
    "UpdateHooksAdminRequest",
    "UpdateHooksAdminRequestUpdate",
    "UpdateLocationsMetafieldsRequestItem",
    "UpdateLocationsMetafieldsRequestItemUpdate",
    "UpdateOrdersMetafieldsRequestItem",
    "UpdateOrdersMetafieldsRequestItemUpdate",
    "UpdatePriceListRequest",
    "UpdatePriceListRequestUpdate",
    "UpdatePriceListResponseData",
    "UpdateProductComplexRuleRequest",
    "UpdateProductComplexRuleRequestConditionsItem",
    "UpdateProductComplexRuleRequestConditionsItemUpdate",
    "UpdateProductComplexRuleRequestPriceAdjuster",
    "UpdateProductComplexRuleRequestPriceAdjusterUpdate",
    "UpdateProductComplexRuleRequestUpdate",
    "UpdateProductComplexRuleRequestWeightAdjuster",
    "UpdateProductComplexRuleRequestWeightAdjusterUpdate",
    "UpdateProductComplexRuleResponseData",
    "UpdateProductComplexRuleResponseDataConditionsItem",
    "UpdateProductComplexRuleResponseDataPriceAdjuster",
    "UpdateProductComplexRuleResponseDataWeightAdjuster",
    "UpdateProductImageResponseData",
    "UpdateProductModifierRequest",
    "UpdateProductModifierRequestConfig",
    "UpdateProductModifierRequestConfigUpdate",
    "UpdateProductModifierRequestOptionValuesItem",
    "UpdateProductModifierRequestOptionValuesItemAdjusters",
    "UpdateProductModifierRequestOptionValuesItemAdjustersPrice",
    "UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate",
    "UpdateProductModifierRequestOptionValuesItemAdjustersUpdate",
    "UpdateProductModifierRequestOptionValuesItemUpdate",
    "UpdateProductModifierRequestUpdate",
    "UpdateProductModifierResponseData",
    "UpdateProductModifierResponseDataConfig",
    "UpdateProductModifierResponseDataOptionValuesItem",
    "UpdateProductModifierResponseDataOptionValuesItemAdjusters",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight",
    "UpdateProductModifierValueRequest",
    "UpdateProductModifierValueRequestAdjusters",
    "UpdateProductModifierValueRequestAdjustersPrice",
    "UpdateProductModifierValueRequestAdjustersPriceUpdate",
    "UpdateProductModifierValueRequestAdjustersPurchasingDisabled",
    "UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate",
    "UpdateProductModifierValueRequestAdjustersUpdate",
    "UpdateProductModifierValueRequestAdjustersWeight",
    "UpdateProductModifierValueRequestAdjustersWeightUpdate",
    "UpdateProductModifierValueRequestUpdate",
    "UpdateProductModifierValueResponseData",
    "UpdateProductModifierValueResponseDataAdjusters",
    "UpdateProductModifierValueResponseDataAdjustersPrice",
    "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled",
    "UpdateProductModifierValueResponseDataAdjustersWeight",
    "UpdateProductReviewRequest",
    "UpdateProductReviewRequestUpdate",
    "UpdateProductReviewResponseData",
    "UpdateProductVariantOptionRequest",
    "UpdateProductVariantOptionRequestConfig",
    "UpdateProductVariantOptionRequestConfigUpdate",
    "UpdateProductVariantOptionRequestOptionValuesItem",
    "UpdateProductVariantOptionRequestOptionValuesItemUpdate",
    "UpdateProductVariantOptionRequestUpdate",
    "UpdateProductVariantOptionResponseData",
    "UpdateProductVariantOptionResponseDataConfig",
    "UpdateProductVariantOptionResponseDataOptionValuesItem",
    "UpdateProductVariantOptionValueRequest",
    "UpdateProductVariantOptionValueRequestUpdate",
    "UpdateProductVariantOptionValueResponseData",
    "UpdateProductVideoRequest",
    "UpdateProductVideoRequestUpdate",
    "UpdateProductVideoResponseData",
    "UpdateProductsMetafieldsRequestItem",
    "UpdateProductsMetafieldsRequestItemUpdate",
    "UpdatePromotionRequest",
    "UpdatePromotionRequestUpdate",
    "UpdateShippingZoneRequest",
    "UpdateShippingZoneRequestFreeShipping",
    "UpdateShippingZoneRequestFreeShippingUpdate",
    "UpdateShippingZoneRequestHandlingFees",
    "UpdateShippingZoneRequestHandlingFeesUpdate",
    "UpdateShippingZoneRequestLocationsItem",
    "UpdateShippingZoneRequestLocationsItemUpdate",
    "UpdateShippingZoneRequestUpdate",
    "UpdateShippingZoneResponse",
    "UpdateShippingZoneResponseFreeShipping",
    "UpdateShippingZoneResponseHandlingFees",
    "UpdateShippingZoneResponseLocationsItem",
    "UpdateStoreMetafieldsRequestItem",
    "UpdateStoreMetafieldsRequestItemUpdate",
    "UpdateTaxProviderConnectionRequest",
    "UpdateTaxProviderConnectionRequestUpdate",
    "UpdateVariantsBatchRequestItem",
    "UpdateVariantsBatchRequestItemUpdate",
    "UpdateVariantsBatchResponseDataItem",
    "UpdateVariantsBatchResponseDataItemOptionValuesItem",
    "UpdateVariantsMetafieldsRequestItem",
    "UpdateVariantsMetafieldsRequestItemUpdate",
    "UploadSignatureResponse",
    "UploadStoreThemeRequest",
    "UploadStoreThemeRequestCreate",
    "UpsertListingWithListingIdReq",
    "UpsertListingWithListingIdReqUpdate",
    "UpsertListingWithoutListingIdReq",
    "UpsertListingWithoutListingIdReqCreate",
    "UpsertPriceListRecordsRequestItem",
    "UpsertPriceListRecordsRequestItemBulkPricingTiersItem",
    "UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate",
    "UpsertPriceListRecordsRequestItemUpdate",
    "V2OrderShippingAddress",
    "V3Category",
    "V3Customer",
    "V3CustomerCreate",
    "V3CustomerUpdate",
    "ValidateCustomerCredentialsObject",
    "ValidateCustomerCredentialsObjectCreate",
    "ValidateCustomerCredentialsResponseObject",
    "ValidateCustomerPasswordRequest",
    "ValidateCustomerPasswordRequestCreate",
    "ValidatePassword",
    "Webhook",
    "WebhookBase",
    "WebhookBaseCreate",
    "WebhookCreate",
    "WebhookFull",
    "WebhookPut",
    "WebhookPutUpdate",
    "WebhookRespResponseData",
    "WebhookUpdate",
    "WebhooksRespResponseDataItem",
    "WhichThemeToDownload",
    "WhichThemeToDownloadCreate",
    "Widget",
    "WidgetCreate",
    "WidgetFull",
    "WidgetPost",
    "WidgetPostCreate",
    "WidgetPut",
    "WidgetPutUpdate",
    "WidgetSchemaArraySchemaItem",
    "WidgetSchemaArraySchemaItemCreate",
    "WidgetSchemaArraySchemaItemUpdate",
    "WidgetSchemaArrayThumbnail",
    "WidgetSchemaArrayThumbnailCreate",
    "WidgetSchemaArrayThumbnailUpdate",
    "WidgetSchemaHiddenSettingsItem",
    "WidgetSchemaHiddenSettingsItemConditional",
    "WidgetSchemaHiddenSettingsItemConditionalCreate",
    "WidgetSchemaHiddenSettingsItemConditionalUpdate",
    "WidgetSchemaHiddenSettingsItemCreate",
    "WidgetSchemaHiddenSettingsItemTypeMeta",
    "WidgetSchemaHiddenSettingsItemTypeMetaCreate",
    "WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItem",
    "WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemCreate",
    "WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemUpdate",
    "WidgetSchemaHiddenSettingsItemTypeMetaUpdate",
    "WidgetSchemaHiddenSettingsItemUpdate",
    "WidgetSchemaItem",
    "WidgetSchemaItemCreate",
    "WidgetSchemaItemUpdate",
    "WidgetSchemaTabSectionsItem",
    "WidgetSchemaTabSectionsItemCreate",
    "WidgetSchemaTabSectionsItemSettingsItem",
    "WidgetSchemaTabSectionsItemSettingsItemConditional",
    "WidgetSchemaTabSectionsItemSettingsItemConditionalCreate",
    "WidgetSchemaTabSectionsItemSettingsItemConditionalUpdate",
    "WidgetSchemaTabSectionsItemSettingsItemCreate",
    "WidgetSchemaTabSectionsItemSettingsItemTypeMeta",
    "WidgetSchemaTabSectionsItemSettingsItemTypeMetaCreate",
    "WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItem",
    "WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemCreate",
    "WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemUpdate",
    "WidgetSchemaTabSectionsItemSettingsItemTypeMetaUpdate",
    "WidgetSchemaTabSectionsItemSettingsItemUpdate",
    "WidgetSchemaTabSectionsItemUpdate",
    "WidgetTemplateFull",
    "WidgetTemplatePost",
    "WidgetTemplatePostCreate",
    "WidgetTemplatePreview",
    "WidgetTemplatePreviewCreate",
    "WidgetTemplatePreviewResponseData",
    "WidgetTemplatePut",
    "WidgetTemplatePutUpdate",
    "WishlistFull",
    "WishlistItemFull",
    "WishlistItemPost",
    "WishlistItemPostCreate",
    "WishlistItemPostItemsItem",
    "WishlistItemPostItemsItemCreate",
    "WishlistPost",
    "WishlistPostCreate",
    "WishlistPostItemsItem",
    "WishlistPostItemsItemCreate",
    "WishlistPut",
    "WishlistPutItemsItem",
    "WishlistPutItemsItemUpdate",
    "WishlistPutUpdate",
    "ZoneCheck",
    "ZoneCheckCreate",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
