# Generated from spec/ by codegen (`make generate`); do not edit.
"""Every model, loaded on first use: `from bigcommerce.models import Product`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abandonded_cart_email import (
        AbandondedCartEmail,
        AbandondedCartEmailCreate,
        AbandondedCartEmailUpdate,
    )
    from .abandonded_cart_email_payload import (
        AbandondedCartEmailPayload,
        AbandondedCartEmailPayloadCreate,
        AbandondedCartEmailPayloadUpdate,
    )
    from .abandoned_cart_emails_v3_abandoned_cart_settings import (
        AbandonedCartEmailsV3AbandonedCartSettings,
        AbandonedCartEmailsV3AbandonedCartSettingsCreate,
        AbandonedCartEmailsV3AbandonedCartSettingsUpdate,
    )
    from .abandoned_cart_info_full import (
        AbandonedCartInfoFull,
        AbandonedCartInfoFullCreate,
        AbandonedCartInfoFullUpdate,
    )
    from .abandoned_carts_v3_abandoned_cart_settings import (
        AbandonedCartsV3AbandonedCartSettings,
        AbandonedCartsV3AbandonedCartSettingsCreate,
        AbandonedCartsV3AbandonedCartSettingsUpdate,
    )
    from .access_tokens_payments_v3_order import (
        AccessTokensPaymentsV3Order,
        AccessTokensPaymentsV3OrderCreate,
        AccessTokensPaymentsV3OrderUpdate,
    )
    from .action import Action, ActionCreate, ActionUpdate
    from .activate import Activate, ActivateCreate, ActivateUpdate
    from .active_theme import ActiveTheme, ActiveThemeCreate, ActiveThemeUpdate
    from .add_checkout_discount_request import (
        AddCheckoutDiscountRequest,
        AddCheckoutDiscountRequestCreate,
        AddCheckoutDiscountRequestUpdate,
    )
    from .add_checkout_discount_request_cart import (
        AddCheckoutDiscountRequestCart,
        AddCheckoutDiscountRequestCartCreate,
        AddCheckoutDiscountRequestCartUpdate,
    )
    from .add_checkout_discount_request_cart_discounts_item import (
        AddCheckoutDiscountRequestCartDiscountsItem,
        AddCheckoutDiscountRequestCartDiscountsItemCreate,
        AddCheckoutDiscountRequestCartDiscountsItemUpdate,
    )
    from .add_checkout_discount_request_cart_line_items_item import (
        AddCheckoutDiscountRequestCartLineItemsItem,
        AddCheckoutDiscountRequestCartLineItemsItemCreate,
        AddCheckoutDiscountRequestCartLineItemsItemUpdate,
    )
    from .add_fees_request import AddFeesRequest, AddFeesRequestCreate, AddFeesRequestUpdate
    from .address_collection_response_data_item import (
        AddressCollectionResponseDataItem,
        AddressCollectionResponseDataItemCreate,
        AddressCollectionResponseDataItemUpdate,
    )
    from .address_collection_response_post_put_response_data_item import (
        AddressCollectionResponsePostPutResponseDataItem,
        AddressCollectionResponsePostPutResponseDataItemCreate,
        AddressCollectionResponsePostPutResponseDataItemUpdate,
    )
    from .address_full import AddressFull, AddressFullCreate, AddressFullUpdate
    from .address_matcher import AddressMatcher, AddressMatcherCreate, AddressMatcherUpdate
    from .address_post import AddressPost, AddressPostCreate, AddressPostUpdate
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
    from .address_put import AddressPut, AddressPutCreate, AddressPutUpdate
    from .adjuster_full import AdjusterFull, AdjusterFullCreate, AdjusterFullUpdate
    from .adjusters_full import AdjustersFull, AdjustersFullCreate, AdjustersFullUpdate
    from .adjusters_full_purchasing_disabled import (
        AdjustersFullPurchasingDisabled,
        AdjustersFullPurchasingDisabledCreate,
        AdjustersFullPurchasingDisabledUpdate,
    )
    from .adjustments_absolute_request import (
        AdjustmentsAbsoluteRequest,
        AdjustmentsAbsoluteRequestCreate,
        AdjustmentsAbsoluteRequestUpdate,
    )
    from .adjustments_absolute_request_items_item import (
        AdjustmentsAbsoluteRequestItemsItem,
        AdjustmentsAbsoluteRequestItemsItemCreate,
        AdjustmentsAbsoluteRequestItemsItemUpdate,
    )
    from .adjustments_relative_request import (
        AdjustmentsRelativeRequest,
        AdjustmentsRelativeRequestCreate,
        AdjustmentsRelativeRequestUpdate,
    )
    from .adjustments_relative_request_items_item import (
        AdjustmentsRelativeRequestItemsItem,
        AdjustmentsRelativeRequestItemsItemCreate,
        AdjustmentsRelativeRequestItemsItemUpdate,
    )
    from .analytics_provider import (
        AnalyticsProvider,
        AnalyticsProviderCreate,
        AnalyticsProviderUpdate,
    )
    from .assignment_for_get_response import (
        AssignmentForGetResponse,
        AssignmentForGetResponseCreate,
        AssignmentForGetResponseUpdate,
    )
    from .assignment_for_put_request import (
        AssignmentForPutRequest,
        AssignmentForPutRequestCreate,
        AssignmentForPutRequestUpdate,
    )
    from .assignment_for_put_response_data import (
        AssignmentForPutResponseData,
        AssignmentForPutResponseDataCreate,
        AssignmentForPutResponseDataUpdate,
    )
    from .assignments_for_request import (
        AssignmentsForRequest,
        AssignmentsForRequestCreate,
        AssignmentsForRequestUpdate,
    )
    from .attribute_full import AttributeFull, AttributeFullCreate, AttributeFullUpdate
    from .attribute_post import AttributePost, AttributePostCreate, AttributePostUpdate
    from .attribute_put import AttributePut, AttributePutCreate, AttributePutUpdate
    from .attribute_value_base import (
        AttributeValueBase,
        AttributeValueBaseCreate,
        AttributeValueBaseUpdate,
    )
    from .availability_by_week_day import (
        AvailabilityByWeekDay,
        AvailabilityByWeekDayCreate,
        AvailabilityByWeekDayUpdate,
    )
    from .available_filter import AvailableFilter, AvailableFilterCreate, AvailableFilterUpdate
    from .available_item import AvailableItem, AvailableItemCreate, AvailableItemUpdate
    from .banner import Banner, BannerCreate, BannerUpdate
    from .base_fee import BaseFee, BaseFeeCreate, BaseFeeUpdate
    from .base_pickup_method import BasePickupMethod, BasePickupMethodCreate, BasePickupMethodUpdate
    from .billing_address import BillingAddress, BillingAddressCreate, BillingAddressUpdate
    from .blackout_hours_item import (
        BlackoutHoursItem,
        BlackoutHoursItemCreate,
        BlackoutHoursItemUpdate,
    )
    from .blog_post import BlogPost, BlogPostCreate, BlogPostUpdate
    from .blog_tags_item import BlogTagsItem, BlogTagsItemCreate, BlogTagsItemUpdate
    from .brand import Brand, BrandCreate, BrandUpdate
    from .brand_full import BrandFull, BrandFullCreate, BrandFullUpdate
    from .brands_catalog_v3_custom_url_full import (
        BrandsCatalogV3CustomUrlFull,
        BrandsCatalogV3CustomUrlFullCreate,
        BrandsCatalogV3CustomUrlFullUpdate,
    )
    from .brands_catalog_v3_metafield import (
        BrandsCatalogV3Metafield,
        BrandsCatalogV3MetafieldCreate,
        BrandsCatalogV3MetafieldUpdate,
    )
    from .brands_catalog_v3_metafield_base import (
        BrandsCatalogV3MetafieldBase,
        BrandsCatalogV3MetafieldBaseCreate,
        BrandsCatalogV3MetafieldBaseUpdate,
    )
    from .brands_catalog_v3_metafield_full import (
        BrandsCatalogV3MetafieldFull,
        BrandsCatalogV3MetafieldFullCreate,
        BrandsCatalogV3MetafieldFullUpdate,
    )
    from .bulk_coupon_code import BulkCouponCode, BulkCouponCodeCreate, BulkCouponCodeUpdate
    from .bulk_coupon_codes_response_data import (
        BulkCouponCodesResponseData,
        BulkCouponCodesResponseDataCreate,
        BulkCouponCodesResponseDataUpdate,
    )
    from .bulk_pricing_rule_full import (
        BulkPricingRuleFull,
        BulkPricingRuleFullCreate,
        BulkPricingRuleFullUpdate,
    )
    from .bulk_pricing_tier_tax_discount_amount_item import (
        BulkPricingTierTaxDiscountAmountItem,
        BulkPricingTierTaxDiscountAmountItemCreate,
        BulkPricingTierTaxDiscountAmountItemUpdate,
    )
    from .callback_category_data_data import (
        CallbackCategoryDataData,
        CallbackCategoryDataDataCreate,
        CallbackCategoryDataDataUpdate,
    )
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
    from .cart_create_post_data import (
        CartCreatePostData,
        CartCreatePostDataCreate,
        CartCreatePostDataUpdate,
    )
    from .cart_create_post_data_currency import (
        CartCreatePostDataCurrency,
        CartCreatePostDataCurrencyCreate,
        CartCreatePostDataCurrencyUpdate,
    )
    from .cart_create_post_data_gift_certificates_item import (
        CartCreatePostDataGiftCertificatesItem,
        CartCreatePostDataGiftCertificatesItemCreate,
        CartCreatePostDataGiftCertificatesItemUpdate,
    )
    from .cart_create_post_data_gift_certificates_item_recipient import (
        CartCreatePostDataGiftCertificatesItemRecipient,
        CartCreatePostDataGiftCertificatesItemRecipientCreate,
        CartCreatePostDataGiftCertificatesItemRecipientUpdate,
    )
    from .cart_create_post_data_gift_certificates_item_sender import (
        CartCreatePostDataGiftCertificatesItemSender,
        CartCreatePostDataGiftCertificatesItemSenderCreate,
        CartCreatePostDataGiftCertificatesItemSenderUpdate,
    )
    from .cart_create_post_data_line_items_item import (
        CartCreatePostDataLineItemsItem,
        CartCreatePostDataLineItemsItemCreate,
        CartCreatePostDataLineItemsItemUpdate,
    )
    from .cart_full import CartFull, CartFullCreate, CartFullUpdate
    from .cart_full_currency import CartFullCurrency, CartFullCurrencyCreate, CartFullCurrencyUpdate
    from .cart_full_discounts_item import (
        CartFullDiscountsItem,
        CartFullDiscountsItemCreate,
        CartFullDiscountsItemUpdate,
    )
    from .cart_full_promotions import (
        CartFullPromotions,
        CartFullPromotionsCreate,
        CartFullPromotionsUpdate,
    )
    from .cart_full_promotions_banners import (
        CartFullPromotionsBanners,
        CartFullPromotionsBannersCreate,
        CartFullPromotionsBannersUpdate,
    )
    from .cart_items_action_cart_items import (
        CartItemsActionCartItems,
        CartItemsActionCartItemsCreate,
        CartItemsActionCartItemsUpdate,
    )
    from .cart_line_item_delete import (
        CartLineItemDelete,
        CartLineItemDeleteCreate,
        CartLineItemDeleteUpdate,
    )
    from .cart_line_item_update_post import (
        CartLineItemUpdatePost,
        CartLineItemUpdatePostCreate,
        CartLineItemUpdatePostUpdate,
    )
    from .cart_line_item_update_post_gift_certificates_item import (
        CartLineItemUpdatePostGiftCertificatesItem,
        CartLineItemUpdatePostGiftCertificatesItemCreate,
        CartLineItemUpdatePostGiftCertificatesItemUpdate,
    )
    from .cart_line_item_update_post_gift_certificates_item_recipient import (
        CartLineItemUpdatePostGiftCertificatesItemRecipient,
        CartLineItemUpdatePostGiftCertificatesItemRecipientCreate,
        CartLineItemUpdatePostGiftCertificatesItemRecipientUpdate,
    )
    from .cart_line_item_update_post_gift_certificates_item_sender import (
        CartLineItemUpdatePostGiftCertificatesItemSender,
        CartLineItemUpdatePostGiftCertificatesItemSenderCreate,
        CartLineItemUpdatePostGiftCertificatesItemSenderUpdate,
    )
    from .cart_line_item_update_post_line_items_item import (
        CartLineItemUpdatePostLineItemsItem,
        CartLineItemUpdatePostLineItemsItemCreate,
        CartLineItemUpdatePostLineItemsItemUpdate,
    )
    from .cart_line_item_update_put import (
        CartLineItemUpdatePut,
        CartLineItemUpdatePutCreate,
        CartLineItemUpdatePutUpdate,
    )
    from .cart_line_item_update_put_gift_certificates_item import (
        CartLineItemUpdatePutGiftCertificatesItem,
        CartLineItemUpdatePutGiftCertificatesItemCreate,
        CartLineItemUpdatePutGiftCertificatesItemUpdate,
    )
    from .cart_line_item_update_put_gift_certificates_item_recipient import (
        CartLineItemUpdatePutGiftCertificatesItemRecipient,
        CartLineItemUpdatePutGiftCertificatesItemRecipientCreate,
        CartLineItemUpdatePutGiftCertificatesItemRecipientUpdate,
    )
    from .cart_line_item_update_put_gift_certificates_item_sender import (
        CartLineItemUpdatePutGiftCertificatesItemSender,
        CartLineItemUpdatePutGiftCertificatesItemSenderCreate,
        CartLineItemUpdatePutGiftCertificatesItemSenderUpdate,
    )
    from .cart_line_item_update_put_line_item import (
        CartLineItemUpdatePutLineItem,
        CartLineItemUpdatePutLineItemCreate,
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
    from .cart_redirect_response_data import (
        CartRedirectResponseData,
        CartRedirectResponseDataCreate,
        CartRedirectResponseDataUpdate,
    )
    from .cart_settings import CartSettings, CartSettingsCreate, CartSettingsUpdate
    from .cart_update_put_request_data import (
        CartUpdatePutRequestData,
        CartUpdatePutRequestDataCreate,
        CartUpdatePutRequestDataUpdate,
    )
    from .cart_value_action_cart_value import (
        CartValueActionCartValue,
        CartValueActionCartValueCreate,
        CartValueActionCartValueUpdate,
    )
    from .carts_v3_applied_coupon import (
        CartsV3AppliedCoupon,
        CartsV3AppliedCouponCreate,
        CartsV3AppliedCouponUpdate,
    )
    from .carts_v3_metafield import CartsV3Metafield, CartsV3MetafieldCreate, CartsV3MetafieldUpdate
    from .catalog_settings import CatalogSettings, CatalogSettingsCreate, CatalogSettingsUpdate
    from .categories_catalog_v3_metafield_full import (
        CategoriesCatalogV3MetafieldFull,
        CategoriesCatalogV3MetafieldFullCreate,
        CategoriesCatalogV3MetafieldFullUpdate,
    )
    from .categories_catalog_v3_url import (
        CategoriesCatalogV3Url,
        CategoriesCatalogV3UrlCreate,
        CategoriesCatalogV3UrlUpdate,
    )
    from .category import Category, CategoryCreate, CategoryUpdate
    from .category_full import CategoryFull, CategoryFullCreate, CategoryFullUpdate
    from .category_node import CategoryNode, CategoryNodeCreate, CategoryNodeUpdate
    from .category_trees_catalog_v3_url import (
        CategoryTreesCatalogV3Url,
        CategoryTreesCatalogV3UrlCreate,
        CategoryTreesCatalogV3UrlUpdate,
    )
    from .certificate_response_data import (
        CertificateResponseData,
        CertificateResponseDataCreate,
        CertificateResponseDataUpdate,
    )
    from .certificate_write import CertificateWrite, CertificateWriteCreate, CertificateWriteUpdate
    from .channel_abandoned_cart_settings import (
        ChannelAbandonedCartSettings,
        ChannelAbandonedCartSettingsCreate,
        ChannelAbandonedCartSettingsUpdate,
    )
    from .channel_cart_settings import (
        ChannelCartSettings,
        ChannelCartSettingsCreate,
        ChannelCartSettingsUpdate,
    )
    from .channel_checkouts_settings import (
        ChannelCheckoutsSettings,
        ChannelCheckoutsSettingsCreate,
        ChannelCheckoutsSettingsUpdate,
    )
    from .channel_menus_post import ChannelMenusPost, ChannelMenusPostCreate, ChannelMenusPostUpdate
    from .channel_menus_resp_response_data import (
        ChannelMenusRespResponseData,
        ChannelMenusRespResponseDataCreate,
        ChannelMenusRespResponseDataUpdate,
    )
    from .channel_order_settings import (
        ChannelOrderSettings,
        ChannelOrderSettingsCreate,
        ChannelOrderSettingsUpdate,
    )
    from .channel_order_settings_notifications import (
        ChannelOrderSettingsNotifications,
        ChannelOrderSettingsNotificationsCreate,
        ChannelOrderSettingsNotificationsUpdate,
    )
    from .channel_order_settings_notifications_forward_invoice import (
        ChannelOrderSettingsNotificationsForwardInvoice,
        ChannelOrderSettingsNotificationsForwardInvoiceCreate,
        ChannelOrderSettingsNotificationsForwardInvoiceUpdate,
    )
    from .channel_order_settings_notifications_order_placed import (
        ChannelOrderSettingsNotificationsOrderPlaced,
        ChannelOrderSettingsNotificationsOrderPlacedCreate,
        ChannelOrderSettingsNotificationsOrderPlacedUpdate,
    )
    from .channel_product_variant_full import (
        ChannelProductVariantFull,
        ChannelProductVariantFullCreate,
        ChannelProductVariantFullUpdate,
    )
    from .channel_product_variant_partial import (
        ChannelProductVariantPartial,
        ChannelProductVariantPartialCreate,
        ChannelProductVariantPartialUpdate,
    )
    from .channel_shipping_settings import (
        ChannelShippingSettings,
        ChannelShippingSettingsCreate,
        ChannelShippingSettingsUpdate,
    )
    from .channel_shipping_settings_checkout import (
        ChannelShippingSettingsCheckout,
        ChannelShippingSettingsCheckoutCreate,
        ChannelShippingSettingsCheckoutUpdate,
    )
    from .channel_with_currencies import (
        ChannelWithCurrencies,
        ChannelWithCurrenciesCreate,
        ChannelWithCurrenciesUpdate,
    )
    from .channel_without_currencies import (
        ChannelWithoutCurrencies,
        ChannelWithoutCurrenciesCreate,
        ChannelWithoutCurrenciesUpdate,
    )
    from .channels_v3_site import ChannelsV3Site, ChannelsV3SiteCreate, ChannelsV3SiteUpdate
    from .channels_v3_url import ChannelsV3Url, ChannelsV3UrlCreate, ChannelsV3UrlUpdate
    from .checkout import Checkout, CheckoutCreate, CheckoutUpdate
    from .checkout_billing_address import (
        CheckoutBillingAddress,
        CheckoutBillingAddressCreate,
        CheckoutBillingAddressUpdate,
    )
    from .checkout_billing_address_custom_fields_item import (
        CheckoutBillingAddressCustomFieldsItem,
        CheckoutBillingAddressCustomFieldsItemCreate,
        CheckoutBillingAddressCustomFieldsItemUpdate,
    )
    from .checkout_cart import CheckoutCart, CheckoutCartCreate, CheckoutCartUpdate
    from .checkout_cart_coupons_item import (
        CheckoutCartCouponsItem,
        CheckoutCartCouponsItemCreate,
        CheckoutCartCouponsItemUpdate,
    )
    from .checkout_cart_currency import (
        CheckoutCartCurrency,
        CheckoutCartCurrencyCreate,
        CheckoutCartCurrencyUpdate,
    )
    from .checkout_cart_discounts_item import (
        CheckoutCartDiscountsItem,
        CheckoutCartDiscountsItemCreate,
        CheckoutCartDiscountsItemUpdate,
    )
    from .checkout_cart_line_items import (
        CheckoutCartLineItems,
        CheckoutCartLineItemsCreate,
        CheckoutCartLineItemsUpdate,
    )
    from .checkout_cart_line_items_custom_items_item import (
        CheckoutCartLineItemsCustomItemsItem,
        CheckoutCartLineItemsCustomItemsItemCreate,
        CheckoutCartLineItemsCustomItemsItemUpdate,
    )
    from .checkout_cart_line_items_digital_items_item import (
        CheckoutCartLineItemsDigitalItemsItem,
        CheckoutCartLineItemsDigitalItemsItemCreate,
        CheckoutCartLineItemsDigitalItemsItemUpdate,
    )
    from .checkout_cart_line_items_digital_items_item_discounts_item import (
        CheckoutCartLineItemsDigitalItemsItemDiscountsItem,
        CheckoutCartLineItemsDigitalItemsItemDiscountsItemCreate,
        CheckoutCartLineItemsDigitalItemsItemDiscountsItemUpdate,
    )
    from .checkout_cart_line_items_gift_certificates_item import (
        CheckoutCartLineItemsGiftCertificatesItem,
        CheckoutCartLineItemsGiftCertificatesItemCreate,
        CheckoutCartLineItemsGiftCertificatesItemUpdate,
    )
    from .checkout_cart_line_items_gift_certificates_item_recipient import (
        CheckoutCartLineItemsGiftCertificatesItemRecipient,
        CheckoutCartLineItemsGiftCertificatesItemRecipientCreate,
        CheckoutCartLineItemsGiftCertificatesItemRecipientUpdate,
    )
    from .checkout_cart_line_items_gift_certificates_item_sender import (
        CheckoutCartLineItemsGiftCertificatesItemSender,
        CheckoutCartLineItemsGiftCertificatesItemSenderCreate,
        CheckoutCartLineItemsGiftCertificatesItemSenderUpdate,
    )
    from .checkout_cart_line_items_physical_items_item import (
        CheckoutCartLineItemsPhysicalItemsItem,
        CheckoutCartLineItemsPhysicalItemsItemCreate,
        CheckoutCartLineItemsPhysicalItemsItemUpdate,
    )
    from .checkout_cart_line_items_physical_items_item_discounts_item import (
        CheckoutCartLineItemsPhysicalItemsItemDiscountsItem,
        CheckoutCartLineItemsPhysicalItemsItemDiscountsItemCreate,
        CheckoutCartLineItemsPhysicalItemsItemDiscountsItemUpdate,
    )
    from .checkout_cart_line_items_physical_items_item_gift_wrapping import (
        CheckoutCartLineItemsPhysicalItemsItemGiftWrapping,
        CheckoutCartLineItemsPhysicalItemsItemGiftWrappingCreate,
        CheckoutCartLineItemsPhysicalItemsItemGiftWrappingUpdate,
    )
    from .checkout_consignments_item import (
        CheckoutConsignmentsItem,
        CheckoutConsignmentsItemCreate,
        CheckoutConsignmentsItemUpdate,
    )
    from .checkout_consignments_item_address import (
        CheckoutConsignmentsItemAddress,
        CheckoutConsignmentsItemAddressCreate,
        CheckoutConsignmentsItemAddressUpdate,
    )
    from .checkout_consignments_item_address_custom_fields_item import (
        CheckoutConsignmentsItemAddressCustomFieldsItem,
        CheckoutConsignmentsItemAddressCustomFieldsItemCreate,
        CheckoutConsignmentsItemAddressCustomFieldsItemUpdate,
    )
    from .checkout_consignments_item_available_shipping_options_item import (
        CheckoutConsignmentsItemAvailableShippingOptionsItem,
        CheckoutConsignmentsItemAvailableShippingOptionsItemCreate,
        CheckoutConsignmentsItemAvailableShippingOptionsItemUpdate,
    )
    from .checkout_consignments_item_coupon_discounts_item import (
        CheckoutConsignmentsItemCouponDiscountsItem,
        CheckoutConsignmentsItemCouponDiscountsItemCreate,
        CheckoutConsignmentsItemCouponDiscountsItemUpdate,
    )
    from .checkout_consignments_item_discounts_item import (
        CheckoutConsignmentsItemDiscountsItem,
        CheckoutConsignmentsItemDiscountsItemCreate,
        CheckoutConsignmentsItemDiscountsItemUpdate,
    )
    from .checkout_consignments_item_selected_shipping_option import (
        CheckoutConsignmentsItemSelectedShippingOption,
        CheckoutConsignmentsItemSelectedShippingOptionCreate,
        CheckoutConsignmentsItemSelectedShippingOptionUpdate,
    )
    from .checkout_fee import CheckoutFee, CheckoutFeeCreate, CheckoutFeeUpdate
    from .checkout_promotions_item import (
        CheckoutPromotionsItem,
        CheckoutPromotionsItemCreate,
        CheckoutPromotionsItemUpdate,
    )
    from .checkout_promotions_item_banners_item import (
        CheckoutPromotionsItemBannersItem,
        CheckoutPromotionsItemBannersItemCreate,
        CheckoutPromotionsItemBannersItemUpdate,
    )
    from .checkout_put import CheckoutPut, CheckoutPutCreate, CheckoutPutUpdate
    from .checkout_taxes_item import (
        CheckoutTaxesItem,
        CheckoutTaxesItemCreate,
        CheckoutTaxesItemUpdate,
    )
    from .checkouts_settings import (
        CheckoutsSettings,
        CheckoutsSettingsCreate,
        CheckoutsSettingsUpdate,
    )
    from .checkouts_settings_request import (
        CheckoutsSettingsRequest,
        CheckoutsSettingsRequestCreate,
        CheckoutsSettingsRequestUpdate,
    )
    from .checkouts_v3_applied_coupon import (
        CheckoutsV3AppliedCoupon,
        CheckoutsV3AppliedCouponCreate,
        CheckoutsV3AppliedCouponUpdate,
    )
    from .checkouts_v3_order import CheckoutsV3Order, CheckoutsV3OrderCreate, CheckoutsV3OrderUpdate
    from .checkouts_v3_pickup_option import (
        CheckoutsV3PickupOption,
        CheckoutsV3PickupOptionCreate,
        CheckoutsV3PickupOptionUpdate,
    )
    from .complex_rule_base import ComplexRuleBase, ComplexRuleBaseCreate, ComplexRuleBaseUpdate
    from .complex_rule_condition_base import (
        ComplexRuleConditionBase,
        ComplexRuleConditionBaseCreate,
        ComplexRuleConditionBaseUpdate,
    )
    from .condition import Condition, ConditionCreate, ConditionUpdate
    from .conditions_request_item import (
        ConditionsRequestItem,
        ConditionsRequestItemCreate,
        ConditionsRequestItemUpdate,
    )
    from .configured_filter import ConfiguredFilter, ConfiguredFilterCreate, ConfiguredFilterUpdate
    from .configured_filters_override import (
        ConfiguredFiltersOverride,
        ConfiguredFiltersOverrideCreate,
        ConfiguredFiltersOverrideUpdate,
    )
    from .consent_full import ConsentFull, ConsentFullCreate, ConsentFullUpdate
    from .coordinates import Coordinates, CoordinatesCreate, CoordinatesUpdate
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
    from .coupon_code_request import (
        CouponCodeRequest,
        CouponCodeRequestCreate,
        CouponCodeRequestUpdate,
    )
    from .coupon_restricted_to import (
        CouponRestrictedTo,
        CouponRestrictedToCreate,
        CouponRestrictedToUpdate,
    )
    from .create_brand_image_request import (
        CreateBrandImageRequest,
        CreateBrandImageRequestCreate,
        CreateBrandImageRequestUpdate,
    )
    from .create_brand_image_response_data import (
        CreateBrandImageResponseData,
        CreateBrandImageResponseDataCreate,
        CreateBrandImageResponseDataUpdate,
    )
    from .create_brand_request import (
        CreateBrandRequest,
        CreateBrandRequestCreate,
        CreateBrandRequestUpdate,
    )
    from .create_brand_request_custom_url import (
        CreateBrandRequestCustomUrl,
        CreateBrandRequestCustomUrlCreate,
        CreateBrandRequestCustomUrlUpdate,
    )
    from .create_brand_response_data import (
        CreateBrandResponseData,
        CreateBrandResponseDataCreate,
        CreateBrandResponseDataUpdate,
    )
    from .create_brand_response_data_custom_url import (
        CreateBrandResponseDataCustomUrl,
        CreateBrandResponseDataCustomUrlCreate,
        CreateBrandResponseDataCustomUrlUpdate,
    )
    from .create_brands_metafields_request_item import (
        CreateBrandsMetafieldsRequestItem,
        CreateBrandsMetafieldsRequestItemCreate,
        CreateBrandsMetafieldsRequestItemUpdate,
    )
    from .create_bulk_pricing_rule_response_data import (
        CreateBulkPricingRuleResponseData,
        CreateBulkPricingRuleResponseDataCreate,
        CreateBulkPricingRuleResponseDataUpdate,
    )
    from .create_carts_metafields_request_item import (
        CreateCartsMetafieldsRequestItem,
        CreateCartsMetafieldsRequestItemCreate,
        CreateCartsMetafieldsRequestItemUpdate,
    )
    from .create_categories_item import (
        CreateCategoriesItem,
        CreateCategoriesItemCreate,
        CreateCategoriesItemUpdate,
    )
    from .create_categories_metafields_request_item import (
        CreateCategoriesMetafieldsRequestItem,
        CreateCategoriesMetafieldsRequestItemCreate,
        CreateCategoriesMetafieldsRequestItemUpdate,
    )
    from .create_category_image_request import (
        CreateCategoryImageRequest,
        CreateCategoryImageRequestCreate,
        CreateCategoryImageRequestUpdate,
    )
    from .create_category_image_response_data import (
        CreateCategoryImageResponseData,
        CreateCategoryImageResponseDataCreate,
        CreateCategoryImageResponseDataUpdate,
    )
    from .create_category_request import (
        CreateCategoryRequest,
        CreateCategoryRequestCreate,
        CreateCategoryRequestUpdate,
    )
    from .create_category_request_custom_url import (
        CreateCategoryRequestCustomUrl,
        CreateCategoryRequestCustomUrlCreate,
        CreateCategoryRequestCustomUrlUpdate,
    )
    from .create_channel_req import CreateChannelReq, CreateChannelReqCreate, CreateChannelReqUpdate
    from .create_checkout_token_request import (
        CreateCheckoutTokenRequest,
        CreateCheckoutTokenRequestCreate,
        CreateCheckoutTokenRequestUpdate,
    )
    from .create_checkout_token_response import (
        CreateCheckoutTokenResponse,
        CreateCheckoutTokenResponseCreate,
        CreateCheckoutTokenResponseUpdate,
    )
    from .create_consignment_request_item import (
        CreateConsignmentRequestItem,
        CreateConsignmentRequestItemCreate,
        CreateConsignmentRequestItemUpdate,
    )
    from .create_consignment_request_item_address import (
        CreateConsignmentRequestItemAddress,
        CreateConsignmentRequestItemAddressCreate,
        CreateConsignmentRequestItemAddressUpdate,
    )
    from .create_consignment_request_item_address_custom_fields_item import (
        CreateConsignmentRequestItemAddressCustomFieldsItem,
        CreateConsignmentRequestItemAddressCustomFieldsItemCreate,
        CreateConsignmentRequestItemAddressCustomFieldsItemUpdate,
    )
    from .create_consignment_request_item_line_items_item import (
        CreateConsignmentRequestItemLineItemsItem,
        CreateConsignmentRequestItemLineItemsItemCreate,
        CreateConsignmentRequestItemLineItemsItemUpdate,
    )
    from .create_consignment_request_item_pickup_option import (
        CreateConsignmentRequestItemPickupOption,
        CreateConsignmentRequestItemPickupOptionCreate,
        CreateConsignmentRequestItemPickupOptionUpdate,
    )
    from .create_customers_metafields_request_item import (
        CreateCustomersMetafieldsRequestItem,
        CreateCustomersMetafieldsRequestItemCreate,
        CreateCustomersMetafieldsRequestItemUpdate,
    )
    from .create_deployment_request import (
        CreateDeploymentRequest,
        CreateDeploymentRequestCreate,
        CreateDeploymentRequestUpdate,
    )
    from .create_deployment_response import (
        CreateDeploymentResponse,
        CreateDeploymentResponseCreate,
        CreateDeploymentResponseUpdate,
    )
    from .create_locations_metafields_request_item import (
        CreateLocationsMetafieldsRequestItem,
        CreateLocationsMetafieldsRequestItemCreate,
        CreateLocationsMetafieldsRequestItemUpdate,
    )
    from .create_orders_metafields_request_item import (
        CreateOrdersMetafieldsRequestItem,
        CreateOrdersMetafieldsRequestItemCreate,
        CreateOrdersMetafieldsRequestItemUpdate,
    )
    from .create_payment_access_token_request import (
        CreatePaymentAccessTokenRequest,
        CreatePaymentAccessTokenRequestCreate,
        CreatePaymentAccessTokenRequestUpdate,
    )
    from .create_payment_access_token_response_data import (
        CreatePaymentAccessTokenResponseData,
        CreatePaymentAccessTokenResponseDataCreate,
        CreatePaymentAccessTokenResponseDataUpdate,
    )
    from .create_price_list_records_request_item import (
        CreatePriceListRecordsRequestItem,
        CreatePriceListRecordsRequestItemCreate,
        CreatePriceListRecordsRequestItemUpdate,
    )
    from .create_price_list_records_request_item_bulk_pricin_7e32d037 import (
        CreatePriceListRecordsRequestItemBulkPricingTiersItem,
        CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate,
        CreatePriceListRecordsRequestItemBulkPricingTiersItemUpdate,
    )
    from .create_price_list_request import (
        CreatePriceListRequest,
        CreatePriceListRequestCreate,
        CreatePriceListRequestUpdate,
    )
    from .create_price_list_response_data import (
        CreatePriceListResponseData,
        CreatePriceListResponseDataCreate,
        CreatePriceListResponseDataUpdate,
    )
    from .create_product_complex_rule_request import (
        CreateProductComplexRuleRequest,
        CreateProductComplexRuleRequestCreate,
        CreateProductComplexRuleRequestUpdate,
    )
    from .create_product_complex_rule_request_price_adjuster import (
        CreateProductComplexRuleRequestPriceAdjuster,
        CreateProductComplexRuleRequestPriceAdjusterCreate,
        CreateProductComplexRuleRequestPriceAdjusterUpdate,
    )
    from .create_product_complex_rule_request_weight_adjuster import (
        CreateProductComplexRuleRequestWeightAdjuster,
        CreateProductComplexRuleRequestWeightAdjusterCreate,
        CreateProductComplexRuleRequestWeightAdjusterUpdate,
    )
    from .create_product_complex_rule_response_data import (
        CreateProductComplexRuleResponseData,
        CreateProductComplexRuleResponseDataCreate,
        CreateProductComplexRuleResponseDataUpdate,
    )
    from .create_product_complex_rule_response_data_conditions_item import (
        CreateProductComplexRuleResponseDataConditionsItem,
        CreateProductComplexRuleResponseDataConditionsItemCreate,
        CreateProductComplexRuleResponseDataConditionsItemUpdate,
    )
    from .create_product_complex_rule_response_data_price_adjuster import (
        CreateProductComplexRuleResponseDataPriceAdjuster,
        CreateProductComplexRuleResponseDataPriceAdjusterCreate,
        CreateProductComplexRuleResponseDataPriceAdjusterUpdate,
    )
    from .create_product_complex_rule_response_data_weight_adjuster import (
        CreateProductComplexRuleResponseDataWeightAdjuster,
        CreateProductComplexRuleResponseDataWeightAdjusterCreate,
        CreateProductComplexRuleResponseDataWeightAdjusterUpdate,
    )
    from .create_product_image_response_data import (
        CreateProductImageResponseData,
        CreateProductImageResponseDataCreate,
        CreateProductImageResponseDataUpdate,
    )
    from .create_product_modifier_image_request import (
        CreateProductModifierImageRequest,
        CreateProductModifierImageRequestCreate,
        CreateProductModifierImageRequestUpdate,
    )
    from .create_product_modifier_image_response_data import (
        CreateProductModifierImageResponseData,
        CreateProductModifierImageResponseDataCreate,
        CreateProductModifierImageResponseDataUpdate,
    )
    from .create_product_modifier_response_data import (
        CreateProductModifierResponseData,
        CreateProductModifierResponseDataCreate,
        CreateProductModifierResponseDataUpdate,
    )
    from .create_product_modifier_value_request import (
        CreateProductModifierValueRequest,
        CreateProductModifierValueRequestCreate,
        CreateProductModifierValueRequestUpdate,
    )
    from .create_product_modifier_value_request_adjusters import (
        CreateProductModifierValueRequestAdjusters,
        CreateProductModifierValueRequestAdjustersCreate,
        CreateProductModifierValueRequestAdjustersUpdate,
    )
    from .create_product_modifier_value_request_adjusters_price import (
        CreateProductModifierValueRequestAdjustersPrice,
        CreateProductModifierValueRequestAdjustersPriceCreate,
        CreateProductModifierValueRequestAdjustersPriceUpdate,
    )
    from .create_product_modifier_value_request_adjusters_pu_297e7a9c import (
        CreateProductModifierValueRequestAdjustersPurchasingDisabled,
        CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate,
        CreateProductModifierValueRequestAdjustersPurchasingDisabledUpdate,
    )
    from .create_product_modifier_value_request_adjusters_weight import (
        CreateProductModifierValueRequestAdjustersWeight,
        CreateProductModifierValueRequestAdjustersWeightCreate,
        CreateProductModifierValueRequestAdjustersWeightUpdate,
    )
    from .create_product_modifier_value_response_data import (
        CreateProductModifierValueResponseData,
        CreateProductModifierValueResponseDataCreate,
        CreateProductModifierValueResponseDataUpdate,
    )
    from .create_product_modifier_value_response_data_adjust_fa98df88 import (
        CreateProductModifierValueResponseDataAdjustersPurchasingDisabled,
        CreateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate,
        CreateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate,
    )
    from .create_product_modifier_value_response_data_adjusters import (
        CreateProductModifierValueResponseDataAdjusters,
        CreateProductModifierValueResponseDataAdjustersCreate,
        CreateProductModifierValueResponseDataAdjustersUpdate,
    )
    from .create_product_modifier_value_response_data_adjusters_price import (
        CreateProductModifierValueResponseDataAdjustersPrice,
        CreateProductModifierValueResponseDataAdjustersPriceCreate,
        CreateProductModifierValueResponseDataAdjustersPriceUpdate,
    )
    from .create_product_modifier_value_response_data_adjusters_weight import (
        CreateProductModifierValueResponseDataAdjustersWeight,
        CreateProductModifierValueResponseDataAdjustersWeightCreate,
        CreateProductModifierValueResponseDataAdjustersWeightUpdate,
    )
    from .create_product_review_request import (
        CreateProductReviewRequest,
        CreateProductReviewRequestCreate,
        CreateProductReviewRequestUpdate,
    )
    from .create_product_review_response_data import (
        CreateProductReviewResponseData,
        CreateProductReviewResponseDataCreate,
        CreateProductReviewResponseDataUpdate,
    )
    from .create_product_variant_image_request import (
        CreateProductVariantImageRequest,
        CreateProductVariantImageRequestCreate,
        CreateProductVariantImageRequestUpdate,
    )
    from .create_product_variant_image_response_data import (
        CreateProductVariantImageResponseData,
        CreateProductVariantImageResponseDataCreate,
        CreateProductVariantImageResponseDataUpdate,
    )
    from .create_product_variant_option_request import (
        CreateProductVariantOptionRequest,
        CreateProductVariantOptionRequestCreate,
        CreateProductVariantOptionRequestUpdate,
    )
    from .create_product_variant_option_request_config import (
        CreateProductVariantOptionRequestConfig,
        CreateProductVariantOptionRequestConfigCreate,
        CreateProductVariantOptionRequestConfigUpdate,
    )
    from .create_product_variant_option_request_option_values_item import (
        CreateProductVariantOptionRequestOptionValuesItem,
        CreateProductVariantOptionRequestOptionValuesItemCreate,
        CreateProductVariantOptionRequestOptionValuesItemUpdate,
    )
    from .create_product_variant_option_response_data import (
        CreateProductVariantOptionResponseData,
        CreateProductVariantOptionResponseDataCreate,
        CreateProductVariantOptionResponseDataUpdate,
    )
    from .create_product_variant_option_response_data_config import (
        CreateProductVariantOptionResponseDataConfig,
        CreateProductVariantOptionResponseDataConfigCreate,
        CreateProductVariantOptionResponseDataConfigUpdate,
    )
    from .create_product_variant_option_response_data_option_fc4826b3 import (
        CreateProductVariantOptionResponseDataOptionValuesItem,
        CreateProductVariantOptionResponseDataOptionValuesItemCreate,
        CreateProductVariantOptionResponseDataOptionValuesItemUpdate,
    )
    from .create_product_variant_option_value_request import (
        CreateProductVariantOptionValueRequest,
        CreateProductVariantOptionValueRequestCreate,
        CreateProductVariantOptionValueRequestUpdate,
    )
    from .create_product_variant_option_value_response_data import (
        CreateProductVariantOptionValueResponseData,
        CreateProductVariantOptionValueResponseDataCreate,
        CreateProductVariantOptionValueResponseDataUpdate,
    )
    from .create_product_video_request import (
        CreateProductVideoRequest,
        CreateProductVideoRequestCreate,
        CreateProductVideoRequestUpdate,
    )
    from .create_product_video_response_data import (
        CreateProductVideoResponseData,
        CreateProductVideoResponseDataCreate,
        CreateProductVideoResponseDataUpdate,
    )
    from .create_products_metafields_request_item import (
        CreateProductsMetafieldsRequestItem,
        CreateProductsMetafieldsRequestItemCreate,
        CreateProductsMetafieldsRequestItemUpdate,
    )
    from .create_project_request import (
        CreateProjectRequest,
        CreateProjectRequestCreate,
        CreateProjectRequestUpdate,
    )
    from .create_promotion_code_request import (
        CreatePromotionCodeRequest,
        CreatePromotionCodeRequestCreate,
        CreatePromotionCodeRequestUpdate,
    )
    from .create_promotion_request import (
        CreatePromotionRequest,
        CreatePromotionRequestCreate,
        CreatePromotionRequestUpdate,
    )
    from .create_redirect_export_job_request import (
        CreateRedirectExportJobRequest,
        CreateRedirectExportJobRequestCreate,
        CreateRedirectExportJobRequestUpdate,
    )
    from .create_redirect_export_job_response import (
        CreateRedirectExportJobResponse,
        CreateRedirectExportJobResponseCreate,
        CreateRedirectExportJobResponseUpdate,
    )
    from .create_redirect_import_job_request import (
        CreateRedirectImportJobRequest,
        CreateRedirectImportJobRequestCreate,
        CreateRedirectImportJobRequestUpdate,
    )
    from .create_redirect_import_job_response import (
        CreateRedirectImportJobResponse,
        CreateRedirectImportJobResponseCreate,
        CreateRedirectImportJobResponseUpdate,
    )
    from .create_settings_favicon_image_request import (
        CreateSettingsFaviconImageRequest,
        CreateSettingsFaviconImageRequestCreate,
        CreateSettingsFaviconImageRequestUpdate,
    )
    from .create_settings_logo_image_request import (
        CreateSettingsLogoImageRequest,
        CreateSettingsLogoImageRequestCreate,
        CreateSettingsLogoImageRequestUpdate,
    )
    from .create_shipping_zones_request import (
        CreateShippingZonesRequest,
        CreateShippingZonesRequestCreate,
        CreateShippingZonesRequestUpdate,
    )
    from .create_shipping_zones_request_free_shipping import (
        CreateShippingZonesRequestFreeShipping,
        CreateShippingZonesRequestFreeShippingCreate,
        CreateShippingZonesRequestFreeShippingUpdate,
    )
    from .create_shipping_zones_request_handling_fees import (
        CreateShippingZonesRequestHandlingFees,
        CreateShippingZonesRequestHandlingFeesCreate,
        CreateShippingZonesRequestHandlingFeesUpdate,
    )
    from .create_shipping_zones_request_locations_item import (
        CreateShippingZonesRequestLocationsItem,
        CreateShippingZonesRequestLocationsItemCreate,
        CreateShippingZonesRequestLocationsItemUpdate,
    )
    from .create_shipping_zones_response import (
        CreateShippingZonesResponse,
        CreateShippingZonesResponseCreate,
        CreateShippingZonesResponseUpdate,
    )
    from .create_shipping_zones_response_free_shipping import (
        CreateShippingZonesResponseFreeShipping,
        CreateShippingZonesResponseFreeShippingCreate,
        CreateShippingZonesResponseFreeShippingUpdate,
    )
    from .create_shipping_zones_response_handling_fees import (
        CreateShippingZonesResponseHandlingFees,
        CreateShippingZonesResponseHandlingFeesCreate,
        CreateShippingZonesResponseHandlingFeesUpdate,
    )
    from .create_shipping_zones_response_locations_item import (
        CreateShippingZonesResponseLocationsItem,
        CreateShippingZonesResponseLocationsItemCreate,
        CreateShippingZonesResponseLocationsItemUpdate,
    )
    from .create_token_request import (
        CreateTokenRequest,
        CreateTokenRequestCreate,
        CreateTokenRequestUpdate,
    )
    from .create_variants_metafields_request_item import (
        CreateVariantsMetafieldsRequestItem,
        CreateVariantsMetafieldsRequestItemCreate,
        CreateVariantsMetafieldsRequestItemUpdate,
    )
    from .credit_card import CreditCard, CreditCardCreate, CreditCardUpdate
    from .currency import Currency, CurrencyCreate, CurrencyUpdate
    from .currency_not_required_with_channel_id import (
        CurrencyNotRequiredWithChannelId,
        CurrencyNotRequiredWithChannelIdCreate,
        CurrencyNotRequiredWithChannelIdUpdate,
    )
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
    from .custom_app_sections_item import (
        CustomAppSectionsItem,
        CustomAppSectionsItemCreate,
        CustomAppSectionsItemUpdate,
    )
    from .custom_field_data import CustomFieldData, CustomFieldDataCreate, CustomFieldDataUpdate
    from .custom_field_post import CustomFieldPost, CustomFieldPostCreate, CustomFieldPostUpdate
    from .custom_field_put import CustomFieldPut, CustomFieldPutCreate, CustomFieldPutUpdate
    from .custom_template_association import (
        CustomTemplateAssociation,
        CustomTemplateAssociationCreate,
        CustomTemplateAssociationUpdate,
    )
    from .custom_template_association_upsert import (
        CustomTemplateAssociationUpsert,
        CustomTemplateAssociationUpsertCreate,
        CustomTemplateAssociationUpsertUpdate,
    )
    from .customer import Customer, CustomerCreate, CustomerUpdate
    from .customer_address import CustomerAddress, CustomerAddressCreate, CustomerAddressUpdate
    from .customer_addresses_customer_post import (
        CustomerAddressesCustomerPost,
        CustomerAddressesCustomerPostCreate,
        CustomerAddressesCustomerPostUpdate,
    )
    from .customer_attribute_value_collection_response_data_item import (
        CustomerAttributeValueCollectionResponseDataItem,
        CustomerAttributeValueCollectionResponseDataItemCreate,
        CustomerAttributeValueCollectionResponseDataItemUpdate,
    )
    from .customer_attributes_base import (
        CustomerAttributesBase,
        CustomerAttributesBaseCreate,
        CustomerAttributesBaseUpdate,
    )
    from .customer_attributes_response_data_item import (
        CustomerAttributesResponseDataItem,
        CustomerAttributesResponseDataItemCreate,
        CustomerAttributesResponseDataItemUpdate,
    )
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
        CustomerChannelSettingsObjectCreate,
        CustomerChannelSettingsObjectUpdate,
    )
    from .customer_channel_settings_object_customer_group_settings import (
        CustomerChannelSettingsObjectCustomerGroupSettings,
        CustomerChannelSettingsObjectCustomerGroupSettingsCreate,
        CustomerChannelSettingsObjectCustomerGroupSettingsUpdate,
    )
    from .customer_channel_settings_object_privacy_settings import (
        CustomerChannelSettingsObjectPrivacySettings,
        CustomerChannelSettingsObjectPrivacySettingsCreate,
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
    from .customer_post import CustomerPost, CustomerPostCreate, CustomerPostUpdate
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
    from .customer_settings_object import (
        CustomerSettingsObject,
        CustomerSettingsObjectCreate,
        CustomerSettingsObjectUpdate,
    )
    from .customer_settings_object_customer_group_settings import (
        CustomerSettingsObjectCustomerGroupSettings,
        CustomerSettingsObjectCustomerGroupSettingsCreate,
        CustomerSettingsObjectCustomerGroupSettingsUpdate,
    )
    from .customer_settings_object_privacy_settings import (
        CustomerSettingsObjectPrivacySettings,
        CustomerSettingsObjectPrivacySettingsCreate,
        CustomerSettingsObjectPrivacySettingsUpdate,
    )
    from .customer_stored_credit_amounts_item import (
        CustomerStoredCreditAmountsItem,
        CustomerStoredCreditAmountsItemCreate,
        CustomerStoredCreditAmountsItemUpdate,
    )
    from .customers_v3_customer_full import (
        CustomersV3CustomerFull,
        CustomersV3CustomerFullCreate,
        CustomersV3CustomerFullUpdate,
    )
    from .customers_v3_customer_full_authentication import (
        CustomersV3CustomerFullAuthentication,
        CustomersV3CustomerFullAuthenticationCreate,
        CustomersV3CustomerFullAuthenticationUpdate,
    )
    from .customers_v3_customer_put import (
        CustomersV3CustomerPut,
        CustomersV3CustomerPutCreate,
        CustomersV3CustomerPutUpdate,
    )
    from .customers_v3_metafield_full import (
        CustomersV3MetafieldFull,
        CustomersV3MetafieldFullCreate,
        CustomersV3MetafieldFullUpdate,
    )
    from .customs_information import (
        CustomsInformation,
        CustomsInformationCreate,
        CustomsInformationUpdate,
    )
    from .customs_information_request import (
        CustomsInformationRequest,
        CustomsInformationRequestCreate,
        CustomsInformationRequestUpdate,
    )
    from .declare_customer_consent_request import (
        DeclareCustomerConsentRequest,
        DeclareCustomerConsentRequestCreate,
        DeclareCustomerConsentRequestUpdate,
    )
    from .delete_carrier_connection_request import (
        DeleteCarrierConnectionRequest,
        DeleteCarrierConnectionRequestCreate,
        DeleteCarrierConnectionRequestUpdate,
    )
    from .delete_consignment_request import (
        DeleteConsignmentRequest,
        DeleteConsignmentRequestCreate,
        DeleteConsignmentRequestUpdate,
    )
    from .delete_coupon_code_request import (
        DeleteCouponCodeRequest,
        DeleteCouponCodeRequestCreate,
        DeleteCouponCodeRequestUpdate,
    )
    from .delete_fees_request import (
        DeleteFeesRequest,
        DeleteFeesRequestCreate,
        DeleteFeesRequestUpdate,
    )
    from .delete_price_list_records_response import (
        DeletePriceListRecordsResponse,
        DeletePriceListRecordsResponseCreate,
        DeletePriceListRecordsResponseUpdate,
    )
    from .digital_consignment_get import (
        DigitalConsignmentGet,
        DigitalConsignmentGetCreate,
        DigitalConsignmentGetUpdate,
    )
    from .digital_consignment_get_line_items_item import (
        DigitalConsignmentGetLineItemsItem,
        DigitalConsignmentGetLineItemsItemCreate,
        DigitalConsignmentGetLineItemsItemUpdate,
    )
    from .discount import Discount, DiscountCreate, DiscountUpdate
    from .dropzone import Dropzone, DropzoneCreate, DropzoneUpdate
    from .email_template import EmailTemplate, EmailTemplateCreate, EmailTemplateUpdate
    from .enabled_transactional_emails import (
        EnabledTransactionalEmails,
        EnabledTransactionalEmailsCreate,
        EnabledTransactionalEmailsUpdate,
    )
    from .environment_variable import (
        EnvironmentVariable,
        EnvironmentVariableCreate,
        EnvironmentVariableUpdate,
    )
    from .fee_with_id import FeeWithId, FeeWithIdCreate, FeeWithIdUpdate
    from .fixed_price_set_action_fixed_price_set import (
        FixedPriceSetActionFixedPriceSet,
        FixedPriceSetActionFixedPriceSetCreate,
        FixedPriceSetActionFixedPriceSetUpdate,
    )
    from .form_field import FormField, FormFieldCreate, FormFieldUpdate
    from .form_field_value import FormFieldValue, FormFieldValueCreate, FormFieldValueUpdate
    from .form_field_value_address import (
        FormFieldValueAddress,
        FormFieldValueAddressCreate,
        FormFieldValueAddressUpdate,
    )
    from .form_field_value_collection_response_data_item import (
        FormFieldValueCollectionResponseDataItem,
        FormFieldValueCollectionResponseDataItemCreate,
        FormFieldValueCollectionResponseDataItemUpdate,
    )
    from .form_field_value_customer import (
        FormFieldValueCustomer,
        FormFieldValueCustomerCreate,
        FormFieldValueCustomerUpdate,
    )
    from .form_field_value_full import (
        FormFieldValueFull,
        FormFieldValueFullCreate,
        FormFieldValueFullUpdate,
    )
    from .form_field_values_response_data_item import (
        FormFieldValuesResponseDataItem,
        FormFieldValuesResponseDataItemCreate,
        FormFieldValuesResponseDataItemUpdate,
    )
    from .form_fields import FormFields, FormFieldsCreate, FormFieldsUpdate
    from .generate_promotion_codes_batch_request import (
        GeneratePromotionCodesBatchRequest,
        GeneratePromotionCodesBatchRequestCreate,
        GeneratePromotionCodesBatchRequestUpdate,
    )
    from .geography_v2_count_full import (
        GeographyV2CountFull,
        GeographyV2CountFullCreate,
        GeographyV2CountFullUpdate,
    )
    from .get_all_bulk_pricing_rules_response_data import (
        GetAllBulkPricingRulesResponseData,
        GetAllBulkPricingRulesResponseDataCreate,
        GetAllBulkPricingRulesResponseDataUpdate,
    )
    from .get_banners_count_response import (
        GetBannersCountResponse,
        GetBannersCountResponseCreate,
        GetBannersCountResponseUpdate,
    )
    from .get_bulk_pricing_rule_response_data import (
        GetBulkPricingRuleResponseData,
        GetBulkPricingRuleResponseDataCreate,
        GetBulkPricingRuleResponseDataUpdate,
    )
    from .get_catalog_summary_response_data import (
        GetCatalogSummaryResponseData,
        GetCatalogSummaryResponseDataCreate,
        GetCatalogSummaryResponseDataUpdate,
    )
    from .get_categories import GetCategories, GetCategoriesCreate, GetCategoriesUpdate
    from .get_channel_order_settings_response import (
        GetChannelOrderSettingsResponse,
        GetChannelOrderSettingsResponseCreate,
        GetChannelOrderSettingsResponseUpdate,
    )
    from .get_customer_stored_instruments_response_item import (
        GetCustomerStoredInstrumentsResponseItem,
        GetCustomerStoredInstrumentsResponseItemCreate,
        GetCustomerStoredInstrumentsResponseItemUpdate,
    )
    from .get_default_abandoned_cart_email_template_response import (
        GetDefaultAbandonedCartEmailTemplateResponse,
        GetDefaultAbandonedCartEmailTemplateResponseCreate,
        GetDefaultAbandonedCartEmailTemplateResponseUpdate,
    )
    from .get_default_abandoned_cart_email_template_response_0bb8b572 import (
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys,
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysCreate,
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysUpdate,
    )
    from .get_default_abandoned_cart_email_template_response_c1d88966 import (
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem,
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemCreate,
        GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemUpdate,
    )
    from .get_global_order_settings_response import (
        GetGlobalOrderSettingsResponse,
        GetGlobalOrderSettingsResponseCreate,
        GetGlobalOrderSettingsResponseUpdate,
    )
    from .get_hooks_admin_response_data import (
        GetHooksAdminResponseData,
        GetHooksAdminResponseDataCreate,
        GetHooksAdminResponseDataUpdate,
    )
    from .get_hooks_admin_response_data_blocked_domains_item import (
        GetHooksAdminResponseDataBlockedDomainsItem,
        GetHooksAdminResponseDataBlockedDomainsItemCreate,
        GetHooksAdminResponseDataBlockedDomainsItemUpdate,
    )
    from .get_hooks_admin_response_data_blocked_domains_item_48f3e7a4 import (
        GetHooksAdminResponseDataBlockedDomainsItemReasonsItem,
        GetHooksAdminResponseDataBlockedDomainsItemReasonsItemCreate,
        GetHooksAdminResponseDataBlockedDomainsItemReasonsItemUpdate,
    )
    from .get_hooks_admin_response_data_hooks_list_item import (
        GetHooksAdminResponseDataHooksListItem,
        GetHooksAdminResponseDataHooksListItemCreate,
        GetHooksAdminResponseDataHooksListItemUpdate,
    )
    from .get_page_snapshot_response_data import (
        GetPageSnapshotResponseData,
        GetPageSnapshotResponseDataCreate,
        GetPageSnapshotResponseDataUpdate,
    )
    from .get_price_list_record_response_data import (
        GetPriceListRecordResponseData,
        GetPriceListRecordResponseDataCreate,
        GetPriceListRecordResponseDataUpdate,
    )
    from .get_price_list_record_response_data_bulk_pricing_tiers_item import (
        GetPriceListRecordResponseDataBulkPricingTiersItem,
        GetPriceListRecordResponseDataBulkPricingTiersItemCreate,
        GetPriceListRecordResponseDataBulkPricingTiersItemUpdate,
    )
    from .get_price_list_records_by_variant_id_response_data_668a2a32 import (
        GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItem,
        GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItemCreate,
        GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItemUpdate,
    )
    from .get_price_list_records_by_variant_id_response_data_item import (
        GetPriceListRecordsByVariantIdResponseDataItem,
        GetPriceListRecordsByVariantIdResponseDataItemCreate,
        GetPriceListRecordsByVariantIdResponseDataItemUpdate,
    )
    from .get_price_list_records_response_data_item import (
        GetPriceListRecordsResponseDataItem,
        GetPriceListRecordsResponseDataItemCreate,
        GetPriceListRecordsResponseDataItemUpdate,
    )
    from .get_price_list_records_response_data_item_bulk_pri_64bc8550 import (
        GetPriceListRecordsResponseDataItemBulkPricingTiersItem,
        GetPriceListRecordsResponseDataItemBulkPricingTiersItemCreate,
        GetPriceListRecordsResponseDataItemBulkPricingTiersItemUpdate,
    )
    from .get_price_list_response_data import (
        GetPriceListResponseData,
        GetPriceListResponseDataCreate,
        GetPriceListResponseDataUpdate,
    )
    from .get_price_lists_response_data_item import (
        GetPriceListsResponseDataItem,
        GetPriceListsResponseDataItemCreate,
        GetPriceListsResponseDataItemUpdate,
    )
    from .get_prices_request import GetPricesRequest, GetPricesRequestCreate, GetPricesRequestUpdate
    from .get_prices_request_items_item import (
        GetPricesRequestItemsItem,
        GetPricesRequestItemsItemCreate,
        GetPricesRequestItemsItemUpdate,
    )
    from .get_prices_request_items_item_options_item import (
        GetPricesRequestItemsItemOptionsItem,
        GetPricesRequestItemsItemOptionsItemCreate,
        GetPricesRequestItemsItemOptionsItemUpdate,
    )
    from .get_prices_response_data_item import (
        GetPricesResponseDataItem,
        GetPricesResponseDataItemCreate,
        GetPricesResponseDataItemUpdate,
    )
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
    from .get_prices_response_data_item_price_range_maximum import (
        GetPricesResponseDataItemPriceRangeMaximum,
        GetPricesResponseDataItemPriceRangeMaximumCreate,
        GetPricesResponseDataItemPriceRangeMaximumUpdate,
    )
    from .get_prices_response_data_item_price_range_minimum import (
        GetPricesResponseDataItemPriceRangeMinimum,
        GetPricesResponseDataItemPriceRangeMinimumCreate,
        GetPricesResponseDataItemPriceRangeMinimumUpdate,
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
    from .get_prices_response_data_item_retail_price_range_maximum import (
        GetPricesResponseDataItemRetailPriceRangeMaximum,
        GetPricesResponseDataItemRetailPriceRangeMaximumCreate,
        GetPricesResponseDataItemRetailPriceRangeMaximumUpdate,
    )
    from .get_prices_response_data_item_retail_price_range_minimum import (
        GetPricesResponseDataItemRetailPriceRangeMinimum,
        GetPricesResponseDataItemRetailPriceRangeMinimumCreate,
        GetPricesResponseDataItemRetailPriceRangeMinimumUpdate,
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
    from .get_product_complex_rule_response_data import (
        GetProductComplexRuleResponseData,
        GetProductComplexRuleResponseDataCreate,
        GetProductComplexRuleResponseDataUpdate,
    )
    from .get_product_complex_rule_response_data_conditions_item import (
        GetProductComplexRuleResponseDataConditionsItem,
        GetProductComplexRuleResponseDataConditionsItemCreate,
        GetProductComplexRuleResponseDataConditionsItemUpdate,
    )
    from .get_product_complex_rule_response_data_price_adjuster import (
        GetProductComplexRuleResponseDataPriceAdjuster,
        GetProductComplexRuleResponseDataPriceAdjusterCreate,
        GetProductComplexRuleResponseDataPriceAdjusterUpdate,
    )
    from .get_product_complex_rule_response_data_weight_adjuster import (
        GetProductComplexRuleResponseDataWeightAdjuster,
        GetProductComplexRuleResponseDataWeightAdjusterCreate,
        GetProductComplexRuleResponseDataWeightAdjusterUpdate,
    )
    from .get_product_response_data import (
        GetProductResponseData,
        GetProductResponseDataCreate,
        GetProductResponseDataUpdate,
    )
    from .get_product_review_response_data import (
        GetProductReviewResponseData,
        GetProductReviewResponseDataCreate,
        GetProductReviewResponseDataUpdate,
    )
    from .get_product_reviews_response_data_item import (
        GetProductReviewsResponseDataItem,
        GetProductReviewsResponseDataItemCreate,
        GetProductReviewsResponseDataItemUpdate,
    )
    from .get_product_variant_option_value_response_data import (
        GetProductVariantOptionValueResponseData,
        GetProductVariantOptionValueResponseDataCreate,
        GetProductVariantOptionValueResponseDataUpdate,
    )
    from .get_product_variant_option_values_response_data_item import (
        GetProductVariantOptionValuesResponseDataItem,
        GetProductVariantOptionValuesResponseDataItemCreate,
        GetProductVariantOptionValuesResponseDataItemUpdate,
    )
    from .get_products_response_data_item import (
        GetProductsResponseDataItem,
        GetProductsResponseDataItemCreate,
        GetProductsResponseDataItemUpdate,
    )
    from .get_shipping_method_response import (
        GetShippingMethodResponse,
        GetShippingMethodResponseCreate,
        GetShippingMethodResponseUpdate,
    )
    from .get_shipping_method_response_handling_fees import (
        GetShippingMethodResponseHandlingFees,
        GetShippingMethodResponseHandlingFeesCreate,
        GetShippingMethodResponseHandlingFeesUpdate,
    )
    from .get_shipping_zone_response import (
        GetShippingZoneResponse,
        GetShippingZoneResponseCreate,
        GetShippingZoneResponseUpdate,
    )
    from .get_shipping_zone_response_free_shipping import (
        GetShippingZoneResponseFreeShipping,
        GetShippingZoneResponseFreeShippingCreate,
        GetShippingZoneResponseFreeShippingUpdate,
    )
    from .get_shipping_zone_response_handling_fees import (
        GetShippingZoneResponseHandlingFees,
        GetShippingZoneResponseHandlingFeesCreate,
        GetShippingZoneResponseHandlingFeesUpdate,
    )
    from .get_shipping_zone_response_locations_item import (
        GetShippingZoneResponseLocationsItem,
        GetShippingZoneResponseLocationsItemCreate,
        GetShippingZoneResponseLocationsItemUpdate,
    )
    from .get_shipping_zones_response_item import (
        GetShippingZonesResponseItem,
        GetShippingZonesResponseItemCreate,
        GetShippingZonesResponseItemUpdate,
    )
    from .get_shipping_zones_response_item_free_shipping import (
        GetShippingZonesResponseItemFreeShipping,
        GetShippingZonesResponseItemFreeShippingCreate,
        GetShippingZonesResponseItemFreeShippingUpdate,
    )
    from .get_shipping_zones_response_item_handling_fees import (
        GetShippingZonesResponseItemHandlingFees,
        GetShippingZonesResponseItemHandlingFeesCreate,
        GetShippingZonesResponseItemHandlingFeesUpdate,
    )
    from .get_shipping_zones_response_item_locations_item import (
        GetShippingZonesResponseItemLocationsItem,
        GetShippingZonesResponseItemLocationsItemCreate,
        GetShippingZonesResponseItemLocationsItemUpdate,
    )
    from .get_theme_custom_templates_response_data import (
        GetThemeCustomTemplatesResponseData,
        GetThemeCustomTemplatesResponseDataCreate,
        GetThemeCustomTemplatesResponseDataUpdate,
    )
    from .get_variants_response_data_item import (
        GetVariantsResponseDataItem,
        GetVariantsResponseDataItemCreate,
        GetVariantsResponseDataItemUpdate,
    )
    from .get_variants_response_data_item_option_values_item import (
        GetVariantsResponseDataItemOptionValuesItem,
        GetVariantsResponseDataItemOptionValuesItemCreate,
        GetVariantsResponseDataItemOptionValuesItemUpdate,
    )
    from .gift_certificate import GiftCertificate, GiftCertificateCreate, GiftCertificateUpdate
    from .gift_certificate_consignment_get import (
        GiftCertificateConsignmentGet,
        GiftCertificateConsignmentGetCreate,
        GiftCertificateConsignmentGetUpdate,
    )
    from .gift_certificate_consignment_get_line_items_item import (
        GiftCertificateConsignmentGetLineItemsItem,
        GiftCertificateConsignmentGetLineItemsItemCreate,
        GiftCertificateConsignmentGetLineItemsItemUpdate,
    )
    from .gift_item_action_gift_item import (
        GiftItemActionGiftItem,
        GiftItemActionGiftItemCreate,
        GiftItemActionGiftItemUpdate,
    )
    from .global_order_settings import (
        GlobalOrderSettings,
        GlobalOrderSettingsCreate,
        GlobalOrderSettingsUpdate,
    )
    from .global_order_settings_notifications import (
        GlobalOrderSettingsNotifications,
        GlobalOrderSettingsNotificationsCreate,
        GlobalOrderSettingsNotificationsUpdate,
    )
    from .global_order_settings_notifications_forward_invoice import (
        GlobalOrderSettingsNotificationsForwardInvoice,
        GlobalOrderSettingsNotificationsForwardInvoiceCreate,
        GlobalOrderSettingsNotificationsForwardInvoiceUpdate,
    )
    from .global_order_settings_notifications_order_placed import (
        GlobalOrderSettingsNotificationsOrderPlaced,
        GlobalOrderSettingsNotificationsOrderPlacedCreate,
        GlobalOrderSettingsNotificationsOrderPlacedUpdate,
    )
    from .global_promotion_settings import (
        GlobalPromotionSettings,
        GlobalPromotionSettingsCreate,
        GlobalPromotionSettingsUpdate,
    )
    from .google_product_search_mapping import GoogleProductSearchMapping
    from .http201_create_pages_response_data import (
        HTTP201CreatePagesResponseData,
        HTTP201CreatePagesResponseDataCreate,
        HTTP201CreatePagesResponseDataUpdate,
    )
    from .import_errors_item import ImportErrorsItem, ImportErrorsItemCreate, ImportErrorsItemUpdate
    from .install_certificate_data import (
        InstallCertificateData,
        InstallCertificateDataCreate,
        InstallCertificateDataUpdate,
    )
    from .installed_certificate_detail import (
        InstalledCertificateDetail,
        InstalledCertificateDetailCreate,
        InstalledCertificateDetailUpdate,
    )
    from .inventory_notifications_settings import (
        InventoryNotificationsSettings,
        InventoryNotificationsSettingsCreate,
        InventoryNotificationsSettingsUpdate,
    )
    from .inventory_settings import (
        InventorySettings,
        InventorySettingsCreate,
        InventorySettingsUpdate,
    )
    from .item_custom_get import ItemCustomGet, ItemCustomGetCreate, ItemCustomGetUpdate
    from .item_digital_get import ItemDigitalGet, ItemDigitalGetCreate, ItemDigitalGetUpdate
    from .item_digital_get_discounts_item import (
        ItemDigitalGetDiscountsItem,
        ItemDigitalGetDiscountsItemCreate,
        ItemDigitalGetDiscountsItemUpdate,
    )
    from .item_gift_certificate_get import (
        ItemGiftCertificateGet,
        ItemGiftCertificateGetCreate,
        ItemGiftCertificateGetUpdate,
    )
    from .item_gift_certificate_get_recipient import (
        ItemGiftCertificateGetRecipient,
        ItemGiftCertificateGetRecipientCreate,
        ItemGiftCertificateGetRecipientUpdate,
    )
    from .item_gift_certificate_get_sender import (
        ItemGiftCertificateGetSender,
        ItemGiftCertificateGetSenderCreate,
        ItemGiftCertificateGetSenderUpdate,
    )
    from .item_matcher import ItemMatcher, ItemMatcherCreate, ItemMatcherUpdate
    from .item_matcher2 import ItemMatcher2, ItemMatcher2Create, ItemMatcher2Update
    from .item_matcher3 import ItemMatcher3, ItemMatcher3Create, ItemMatcher3Update
    from .item_physical_get import ItemPhysicalGet, ItemPhysicalGetCreate, ItemPhysicalGetUpdate
    from .item_physical_get_discounts_item import (
        ItemPhysicalGetDiscountsItem,
        ItemPhysicalGetDiscountsItemCreate,
        ItemPhysicalGetDiscountsItemUpdate,
    )
    from .item_physical_get_gift_wrapping import (
        ItemPhysicalGetGiftWrapping,
        ItemPhysicalGetGiftWrappingCreate,
        ItemPhysicalGetGiftWrappingUpdate,
    )
    from .item_response import ItemResponse, ItemResponseCreate, ItemResponseUpdate
    from .item_response_identity import (
        ItemResponseIdentity,
        ItemResponseIdentityCreate,
        ItemResponseIdentityUpdate,
    )
    from .item_response_locations_item import (
        ItemResponseLocationsItem,
        ItemResponseLocationsItemCreate,
        ItemResponseLocationsItemUpdate,
    )
    from .item_response_locations_item_settings import (
        ItemResponseLocationsItemSettings,
        ItemResponseLocationsItemSettingsCreate,
        ItemResponseLocationsItemSettingsUpdate,
    )
    from .items_refund import ItemsRefund, ItemsRefundCreate, ItemsRefundUpdate
    from .job_id import JobId, JobIdCreate, JobIdUpdate
    from .job_response_data import JobResponseData, JobResponseDataCreate, JobResponseDataUpdate
    from .job_response_data_errors_item import (
        JobResponseDataErrorsItem,
        JobResponseDataErrorsItemCreate,
        JobResponseDataErrorsItemUpdate,
    )
    from .job_response_data_warnings_item import (
        JobResponseDataWarningsItem,
        JobResponseDataWarningsItemCreate,
        JobResponseDataWarningsItemUpdate,
    )
    from .line_items_get import LineItemsGet, LineItemsGetCreate, LineItemsGetUpdate
    from .listing import Listing, ListingCreate, ListingUpdate
    from .locale import Locale, LocaleCreate, LocaleUpdate
    from .locale_object import LocaleObject, LocaleObjectCreate, LocaleObjectUpdate
    from .location_items_response import (
        LocationItemsResponse,
        LocationItemsResponseCreate,
        LocationItemsResponseUpdate,
    )
    from .location_items_response_identity import (
        LocationItemsResponseIdentity,
        LocationItemsResponseIdentityCreate,
        LocationItemsResponseIdentityUpdate,
    )
    from .location_items_response_settings import (
        LocationItemsResponseSettings,
        LocationItemsResponseSettingsCreate,
        LocationItemsResponseSettingsUpdate,
    )
    from .location_items_settings_request import (
        LocationItemsSettingsRequest,
        LocationItemsSettingsRequestCreate,
        LocationItemsSettingsRequestUpdate,
    )
    from .location_items_settings_request_settings_item import (
        LocationItemsSettingsRequestSettingsItem,
        LocationItemsSettingsRequestSettingsItemCreate,
        LocationItemsSettingsRequestSettingsItemUpdate,
    )
    from .location_items_settings_request_settings_item_identity import (
        LocationItemsSettingsRequestSettingsItemIdentity,
        LocationItemsSettingsRequestSettingsItemIdentityCreate,
        LocationItemsSettingsRequestSettingsItemIdentityUpdate,
    )
    from .location_response import LocationResponse, LocationResponseCreate, LocationResponseUpdate
    from .location_response_address import (
        LocationResponseAddress,
        LocationResponseAddressCreate,
        LocationResponseAddressUpdate,
    )
    from .location_response_address_geo_coordinates import (
        LocationResponseAddressGeoCoordinates,
        LocationResponseAddressGeoCoordinatesCreate,
        LocationResponseAddressGeoCoordinatesUpdate,
    )
    from .location_response_special_hours_item import (
        LocationResponseSpecialHoursItem,
        LocationResponseSpecialHoursItemCreate,
        LocationResponseSpecialHoursItemUpdate,
    )
    from .locations_create_request_item import (
        LocationsCreateRequestItem,
        LocationsCreateRequestItemCreate,
        LocationsCreateRequestItemUpdate,
    )
    from .locations_create_request_item_address import (
        LocationsCreateRequestItemAddress,
        LocationsCreateRequestItemAddressCreate,
        LocationsCreateRequestItemAddressUpdate,
    )
    from .locations_create_request_item_address_geo_coordinates import (
        LocationsCreateRequestItemAddressGeoCoordinates,
        LocationsCreateRequestItemAddressGeoCoordinatesCreate,
        LocationsCreateRequestItemAddressGeoCoordinatesUpdate,
    )
    from .locations_update_request_item import (
        LocationsUpdateRequestItem,
        LocationsUpdateRequestItemCreate,
        LocationsUpdateRequestItemUpdate,
    )
    from .locations_update_request_item_address import (
        LocationsUpdateRequestItemAddress,
        LocationsUpdateRequestItemAddressCreate,
        LocationsUpdateRequestItemAddressUpdate,
    )
    from .locations_update_request_item_address_geo_coordinates import (
        LocationsUpdateRequestItemAddressGeoCoordinates,
        LocationsUpdateRequestItemAddressGeoCoordinatesCreate,
        LocationsUpdateRequestItemAddressGeoCoordinatesUpdate,
    )
    from .locations_v3_metafield import (
        LocationsV3Metafield,
        LocationsV3MetafieldCreate,
        LocationsV3MetafieldUpdate,
    )
    from .logo_settings import LogoSettings, LogoSettingsCreate, LogoSettingsUpdate
    from .logo_settings_update2 import (
        LogoSettingsUpdate2,
        LogoSettingsUpdate2Create,
        LogoSettingsUpdate2Update,
    )
    from .measurement_units_settings import (
        MeasurementUnitsSettings,
        MeasurementUnitsSettingsCreate,
        MeasurementUnitsSettingsUpdate,
    )
    from .merchant_override import MerchantOverride, MerchantOverrideCreate, MerchantOverrideUpdate
    from .meta_data import MetaData, MetaDataCreate, MetaDataUpdate
    from .metafield200_response import (
        Metafield200Response,
        Metafield200ResponseCreate,
        Metafield200ResponseUpdate,
    )
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
    from .metafield_base_put import MetafieldBasePut, MetafieldBasePutCreate, MetafieldBasePutUpdate
    from .metafield_post import MetafieldPost, MetafieldPostCreate, MetafieldPostUpdate
    from .metafield_post2 import MetafieldPost2, MetafieldPost2Create, MetafieldPost2Update
    from .metafield_put import MetafieldPut, MetafieldPutCreate, MetafieldPutUpdate
    from .metafield_put2 import MetafieldPut2, MetafieldPut2Create, MetafieldPut2Update
    from .no_content import NoContent, NoContentCreate, NoContentUpdate
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
    from .order_consignment_get import (
        OrderConsignmentGet,
        OrderConsignmentGetCreate,
        OrderConsignmentGetUpdate,
    )
    from .order_consignment_get_email import (
        OrderConsignmentGetEmail,
        OrderConsignmentGetEmailCreate,
        OrderConsignmentGetEmailUpdate,
    )
    from .order_coupon import OrderCoupon
    from .order_fee import OrderFee, OrderFeeCreate, OrderFeeUpdate
    from .order_fees_resp import OrderFeesResp, OrderFeesRespCreate, OrderFeesRespUpdate
    from .order_message import OrderMessage
    from .order_product import OrderProduct
    from .order_product_applied_discount import OrderProductAppliedDiscount
    from .order_product_applied_discounts import (
        OrderProductAppliedDiscounts,
        OrderProductAppliedDiscountsCreate,
        OrderProductAppliedDiscountsUpdate,
    )
    from .order_product_configurable_field import OrderProductConfigurableField
    from .order_product_line import OrderProductLine, OrderProductLineCreate, OrderProductLineUpdate
    from .order_product_line_option import (
        OrderProductLineOption,
        OrderProductLineOptionCreate,
        OrderProductLineOptionUpdate,
    )
    from .order_product_option import OrderProductOption
    from .order_product_options import (
        OrderProductOptions,
        OrderProductOptionsCreate,
        OrderProductOptionsUpdate,
    )
    from .order_products_configurable_fields_item import (
        OrderProductsConfigurableFieldsItem,
        OrderProductsConfigurableFieldsItemCreate,
        OrderProductsConfigurableFieldsItemUpdate,
    )
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
    from .orders_v3_metafield import (
        OrdersV3Metafield,
        OrdersV3MetafieldCreate,
        OrdersV3MetafieldUpdate,
    )
    from .page import Page, PageCreate, PageUpdate
    from .page_put_obj import PagePutObj, PagePutObjCreate, PagePutObjUpdate
    from .pages_collection_response_data_item import (
        PagesCollectionResponseDataItem,
        PagesCollectionResponseDataItemCreate,
        PagesCollectionResponseDataItemUpdate,
    )
    from .parent_relation import ParentRelation, ParentRelationCreate, ParentRelationUpdate
    from .payment_method import PaymentMethod
    from .payment_method_full import (
        PaymentMethodFull,
        PaymentMethodFullCreate,
        PaymentMethodFullUpdate,
    )
    from .payment_method_full_supported_instruments_item import (
        PaymentMethodFullSupportedInstrumentsItem,
        PaymentMethodFullSupportedInstrumentsItemCreate,
        PaymentMethodFullSupportedInstrumentsItemUpdate,
    )
    from .payment_method_stored_instrument import (
        PaymentMethodStoredInstrument,
        PaymentMethodStoredInstrumentCreate,
        PaymentMethodStoredInstrumentUpdate,
    )
    from .payment_option import PaymentOption, PaymentOptionCreate, PaymentOptionUpdate
    from .payment_request import PaymentRequest, PaymentRequestCreate, PaymentRequestUpdate
    from .pickup import Pickup, PickupCreate, PickupUpdate
    from .pickup_consignment_get import (
        PickupConsignmentGet,
        PickupConsignmentGetCreate,
        PickupConsignmentGetUpdate,
    )
    from .pickup_consignment_get_line_items_item import (
        PickupConsignmentGetLineItemsItem,
        PickupConsignmentGetLineItemsItemCreate,
        PickupConsignmentGetLineItemsItemUpdate,
    )
    from .pickup_consignment_location_get import (
        PickupConsignmentLocationGet,
        PickupConsignmentLocationGetCreate,
        PickupConsignmentLocationGetUpdate,
    )
    from .pickup_item import PickupItem, PickupItemCreate, PickupItemUpdate
    from .pickup_method import PickupMethod, PickupMethodCreate, PickupMethodUpdate
    from .pickup_method_response import (
        PickupMethodResponse,
        PickupMethodResponseCreate,
        PickupMethodResponseUpdate,
    )
    from .pickup_options_response import (
        PickupOptionsResponse,
        PickupOptionsResponseCreate,
        PickupOptionsResponseUpdate,
    )
    from .pickup_options_response_results_item import (
        PickupOptionsResponseResultsItem,
        PickupOptionsResponseResultsItemCreate,
        PickupOptionsResponseResultsItemUpdate,
    )
    from .pickup_options_v3_item import (
        PickupOptionsV3Item,
        PickupOptionsV3ItemCreate,
        PickupOptionsV3ItemUpdate,
    )
    from .pickup_options_v3_pickup_option import (
        PickupOptionsV3PickupOption,
        PickupOptionsV3PickupOptionCreate,
        PickupOptionsV3PickupOptionUpdate,
    )
    from .pickup_request_payload import (
        PickupRequestPayload,
        PickupRequestPayloadCreate,
        PickupRequestPayloadUpdate,
    )
    from .placement_full import PlacementFull, PlacementFullCreate, PlacementFullUpdate
    from .placement_post import PlacementPost, PlacementPostCreate, PlacementPostUpdate
    from .placement_put import PlacementPut, PlacementPutCreate, PlacementPutUpdate
    from .post_request_pickup import (
        PostRequestPickup,
        PostRequestPickupCreate,
        PostRequestPickupUpdate,
    )
    from .post_request_pickup_item import (
        PostRequestPickupItem,
        PostRequestPickupItemCreate,
        PostRequestPickupItemUpdate,
    )
    from .post_site import PostSite, PostSiteCreate, PostSiteUpdate
    from .pricing_sf_bulk_pricing_tier import (
        PricingSfBulkPricingTier,
        PricingSfBulkPricingTierCreate,
        PricingSfBulkPricingTierUpdate,
    )
    from .primary_image_full import PrimaryImageFull, PrimaryImageFullCreate, PrimaryImageFullUpdate
    from .product import Product, ProductCreate, ProductUpdate
    from .product_base_post import ProductBasePOST, ProductBasePOSTCreate, ProductBasePOSTUpdate
    from .product_base_post_bulk_pricing_rules_item import (
        ProductBasePOSTBulkPricingRulesItem,
        ProductBasePOSTBulkPricingRulesItemCreate,
        ProductBasePOSTBulkPricingRulesItemUpdate,
    )
    from .product_base_put_bulk_pricing_rules_item import (
        ProductBasePUTBulkPricingRulesItem,
        ProductBasePUTBulkPricingRulesItemCreate,
        ProductBasePUTBulkPricingRulesItemUpdate,
    )
    from .product_base_response_bulk_pricing_rules_item import (
        ProductBaseResponseBulkPricingRulesItem,
        ProductBaseResponseBulkPricingRulesItemCreate,
        ProductBaseResponseBulkPricingRulesItemUpdate,
    )
    from .product_category_assignment import (
        ProductCategoryAssignment,
        ProductCategoryAssignmentCreate,
        ProductCategoryAssignmentUpdate,
    )
    from .product_channel_assignment import (
        ProductChannelAssignment,
        ProductChannelAssignmentCreate,
        ProductChannelAssignmentUpdate,
    )
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
    from .product_full import ProductFull, ProductFullCreate, ProductFullUpdate
    from .product_image import ProductImage, ProductImageCreate, ProductImageUpdate
    from .product_image_full import ProductImageFull, ProductImageFullCreate, ProductImageFullUpdate
    from .product_image_post_put import (
        ProductImagePostPut,
        ProductImagePostPutCreate,
        ProductImagePostPutUpdate,
    )
    from .product_modifier_option_value_full import (
        ProductModifierOptionValueFull,
        ProductModifierOptionValueFullCreate,
        ProductModifierOptionValueFullUpdate,
    )
    from .product_modifier_post import (
        ProductModifierPost,
        ProductModifierPostCreate,
        ProductModifierPostUpdate,
    )
    from .product_modifier_post_option_values_item import (
        ProductModifierPostOptionValuesItem,
        ProductModifierPostOptionValuesItemCreate,
        ProductModifierPostOptionValuesItemUpdate,
    )
    from .product_modifier_post_option_values_item_adjusters import (
        ProductModifierPostOptionValuesItemAdjusters,
        ProductModifierPostOptionValuesItemAdjustersCreate,
        ProductModifierPostOptionValuesItemAdjustersUpdate,
    )
    from .product_modifier_post_option_values_item_adjusters_price import (
        ProductModifierPostOptionValuesItemAdjustersPrice,
        ProductModifierPostOptionValuesItemAdjustersPriceCreate,
        ProductModifierPostOptionValuesItemAdjustersPriceUpdate,
    )
    from .product_modifiers_catalog_v3_config_full import (
        ProductModifiersCatalogV3ConfigFull,
        ProductModifiersCatalogV3ConfigFullCreate,
        ProductModifiersCatalogV3ConfigFullUpdate,
    )
    from .product_modifiers_catalog_v3_product_modifier_full import (
        ProductModifiersCatalogV3ProductModifierFull,
        ProductModifiersCatalogV3ProductModifierFullCreate,
        ProductModifiersCatalogV3ProductModifierFullUpdate,
    )
    from .product_option import ProductOption
    from .product_option_base import (
        ProductOptionBase,
        ProductOptionBaseCreate,
        ProductOptionBaseUpdate,
    )
    from .product_option_config_full import (
        ProductOptionConfigFull,
        ProductOptionConfigFullCreate,
        ProductOptionConfigFullUpdate,
    )
    from .product_option_full import (
        ProductOptionFull,
        ProductOptionFullCreate,
        ProductOptionFullUpdate,
    )
    from .product_option_option_value_full import (
        ProductOptionOptionValueFull,
        ProductOptionOptionValueFullCreate,
        ProductOptionOptionValueFullUpdate,
    )
    from .product_options_item_matcher_product_option import (
        ProductOptionsItemMatcherProductOption,
        ProductOptionsItemMatcherProductOptionCreate,
        ProductOptionsItemMatcherProductOptionUpdate,
    )
    from .product_primary_image import ProductPrimaryImage
    from .product_put import ProductPut, ProductPutCreate, ProductPutUpdate
    from .product_put_collection_item import (
        ProductPutCollectionItem,
        ProductPutCollectionItemCreate,
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
    from .product_sort_order import ProductSortOrder, ProductSortOrderCreate, ProductSortOrderUpdate
    from .product_tax_property import (
        ProductTaxProperty,
        ProductTaxPropertyCreate,
        ProductTaxPropertyUpdate,
    )
    from .product_variant_option_value_full import (
        ProductVariantOptionValueFull,
        ProductVariantOptionValueFullCreate,
        ProductVariantOptionValueFullUpdate,
    )
    from .product_variant_post import (
        ProductVariantPost,
        ProductVariantPostCreate,
        ProductVariantPostUpdate,
    )
    from .product_variant_put import (
        ProductVariantPut,
        ProductVariantPutCreate,
        ProductVariantPutUpdate,
    )
    from .product_variants_catalog_v3_metafield import (
        ProductVariantsCatalogV3Metafield,
        ProductVariantsCatalogV3MetafieldCreate,
        ProductVariantsCatalogV3MetafieldUpdate,
    )
    from .product_variants_catalog_v3_product_variant_full import (
        ProductVariantsCatalogV3ProductVariantFull,
        ProductVariantsCatalogV3ProductVariantFullCreate,
        ProductVariantsCatalogV3ProductVariantFullUpdate,
    )
    from .product_video import ProductVideo, ProductVideoCreate, ProductVideoUpdate
    from .product_video_full import ProductVideoFull, ProductVideoFullCreate, ProductVideoFullUpdate
    from .products_catalog_v3_config_full import (
        ProductsCatalogV3ConfigFull,
        ProductsCatalogV3ConfigFullCreate,
        ProductsCatalogV3ConfigFullUpdate,
    )
    from .products_catalog_v3_custom_url_full import (
        ProductsCatalogV3CustomUrlFull,
        ProductsCatalogV3CustomUrlFullCreate,
        ProductsCatalogV3CustomUrlFullUpdate,
    )
    from .products_catalog_v3_metafield import (
        ProductsCatalogV3Metafield,
        ProductsCatalogV3MetafieldCreate,
        ProductsCatalogV3MetafieldUpdate,
    )
    from .products_catalog_v3_metafield_full import (
        ProductsCatalogV3MetafieldFull,
        ProductsCatalogV3MetafieldFullCreate,
        ProductsCatalogV3MetafieldFullUpdate,
    )
    from .products_catalog_v3_product_modifier_full import (
        ProductsCatalogV3ProductModifierFull,
        ProductsCatalogV3ProductModifierFullCreate,
        ProductsCatalogV3ProductModifierFullUpdate,
    )
    from .products_catalog_v3_product_variant_full import (
        ProductsCatalogV3ProductVariantFull,
        ProductsCatalogV3ProductVariantFullCreate,
        ProductsCatalogV3ProductVariantFullUpdate,
    )
    from .project import Project, ProjectCreate, ProjectUpdate
    from .promotions_collection_response_data_item import (
        PromotionsCollectionResponseDataItem,
        PromotionsCollectionResponseDataItemCreate,
        PromotionsCollectionResponseDataItemUpdate,
    )
    from .promotions_response_data import (
        PromotionsResponseData,
        PromotionsResponseDataCreate,
        PromotionsResponseDataUpdate,
    )
    from .promotions_v3_channel import (
        PromotionsV3Channel,
        PromotionsV3ChannelCreate,
        PromotionsV3ChannelUpdate,
    )
    from .property import Property, PropertyCreate, PropertyUpdate
    from .property_post import PropertyPOST, PropertyPOSTCreate, PropertyPOSTUpdate
    from .property_put import PropertyPUT, PropertyPUTCreate, PropertyPUTUpdate
    from .publish import Publish, PublishCreate, PublishUpdate
    from .put_checkout_url import PutCheckoutUrl, PutCheckoutUrlCreate, PutCheckoutUrlUpdate
    from .put_pickup_methods_request_item import (
        PutPickupMethodsRequestItem,
        PutPickupMethodsRequestItemCreate,
        PutPickupMethodsRequestItemUpdate,
    )
    from .put_request_pickup import PutRequestPickup, PutRequestPickupCreate, PutRequestPickupUpdate
    from .put_site import PutSite, PutSiteCreate, PutSiteUpdate
    from .redirect import Redirect, RedirectCreate, RedirectUpdate
    from .redirect301_import_export_job_read import (
        Redirect301ImportExportJobRead,
        Redirect301ImportExportJobReadCreate,
        Redirect301ImportExportJobReadUpdate,
    )
    from .redirect301_read import Redirect301Read, Redirect301ReadCreate, Redirect301ReadUpdate
    from .redirect301_upsert import (
        Redirect301Upsert,
        Redirect301UpsertCreate,
        Redirect301UpsertUpdate,
    )
    from .redirect_forward import RedirectForward, RedirectForwardCreate, RedirectForwardUpdate
    from .redirect_to import RedirectTo, RedirectToCreate, RedirectToUpdate
    from .redirect_urls_post import RedirectUrlsPost, RedirectUrlsPostCreate, RedirectUrlsPostUpdate
    from .redirect_urls_post_query_params import (
        RedirectUrlsPostQueryParams,
        RedirectUrlsPostQueryParamsCreate,
        RedirectUrlsPostQueryParamsUpdate,
    )
    from .reference_request import ReferenceRequest, ReferenceRequestCreate, ReferenceRequestUpdate
    from .reference_request_options_item import (
        ReferenceRequestOptionsItem,
        ReferenceRequestOptionsItemCreate,
        ReferenceRequestOptionsItemUpdate,
    )
    from .refund import Refund, RefundCreate, RefundUpdate
    from .refund_id_get_data import RefundIDGetData, RefundIDGetDataCreate, RefundIDGetDataUpdate
    from .refund_id_get_data_items_item import (
        RefundIDGetDataItemsItem,
        RefundIDGetDataItemsItemCreate,
        RefundIDGetDataItemsItemUpdate,
    )
    from .refund_id_get_data_payments_item import (
        RefundIDGetDataPaymentsItem,
        RefundIDGetDataPaymentsItemCreate,
        RefundIDGetDataPaymentsItemUpdate,
    )
    from .refund_item import RefundItem, RefundItemCreate, RefundItemUpdate
    from .refund_item_adjustment import (
        RefundItemAdjustment,
        RefundItemAdjustmentCreate,
        RefundItemAdjustmentUpdate,
    )
    from .refund_payment import RefundPayment, RefundPaymentCreate, RefundPaymentUpdate
    from .refund_quote_full import RefundQuoteFull, RefundQuoteFullCreate, RefundQuoteFullUpdate
    from .refund_quote_post import RefundQuotePost, RefundQuotePostCreate, RefundQuotePostUpdate
    from .refund_request_post import (
        RefundRequestPost,
        RefundRequestPostCreate,
        RefundRequestPostUpdate,
    )
    from .region import Region, RegionCreate, RegionUpdate
    from .region_children_item import (
        RegionChildrenItem,
        RegionChildrenItemCreate,
        RegionChildrenItemUpdate,
    )
    from .resource_link import ResourceLink
    from .response_connection_data import (
        ResponseConnectionData,
        ResponseConnectionDataCreate,
        ResponseConnectionDataUpdate,
    )
    from .response_connection_data_target import (
        ResponseConnectionDataTarget,
        ResponseConnectionDataTargetCreate,
        ResponseConnectionDataTargetUpdate,
    )
    from .robots_txt_settings import (
        RobotsTxtSettings,
        RobotsTxtSettingsCreate,
        RobotsTxtSettingsUpdate,
    )
    from .rule import Rule, RuleCreate, RuleUpdate
    from .saved_coupon_promotion_multiple_codes import (
        SavedCouponPromotionMultipleCodes,
        SavedCouponPromotionMultipleCodesCreate,
        SavedCouponPromotionMultipleCodesUpdate,
    )
    from .script_full import ScriptFull, ScriptFullCreate, ScriptFullUpdate
    from .script_post import ScriptPost, ScriptPostCreate, ScriptPostUpdate
    from .script_put import ScriptPut, ScriptPutCreate, ScriptPutUpdate
    from .search_area import SearchArea, SearchAreaCreate, SearchAreaUpdate
    from .search_area_radius import SearchAreaRadius, SearchAreaRadiusCreate, SearchAreaRadiusUpdate
    from .search_filter_override_context_identifier import (
        SearchFilterOverrideContextIdentifier,
        SearchFilterOverrideContextIdentifierCreate,
        SearchFilterOverrideContextIdentifierUpdate,
    )
    from .segment import Segment, SegmentCreate, SegmentUpdate
    from .segment_post import SegmentPost, SegmentPostCreate, SegmentPostUpdate
    from .segment_put import SegmentPut, SegmentPutCreate, SegmentPutUpdate
    from .seo_settings import SEOSettings, SEOSettingsCreate, SEOSettingsUpdate
    from .set_price_list_record_request import (
        SetPriceListRecordRequest,
        SetPriceListRecordRequestCreate,
        SetPriceListRecordRequestUpdate,
    )
    from .set_price_list_record_request_bulk_pricing_tiers_item import (
        SetPriceListRecordRequestBulkPricingTiersItem,
        SetPriceListRecordRequestBulkPricingTiersItemCreate,
        SetPriceListRecordRequestBulkPricingTiersItemUpdate,
    )
    from .set_price_list_record_response_data import (
        SetPriceListRecordResponseData,
        SetPriceListRecordResponseDataCreate,
        SetPriceListRecordResponseDataUpdate,
    )
    from .set_price_list_record_response_data_bulk_pricing_tiers_item import (
        SetPriceListRecordResponseDataBulkPricingTiersItem,
        SetPriceListRecordResponseDataBulkPricingTiersItemCreate,
        SetPriceListRecordResponseDataBulkPricingTiersItemUpdate,
    )
    from .shipping_action_shipping import (
        ShippingActionShipping,
        ShippingActionShippingCreate,
        ShippingActionShippingUpdate,
    )
    from .shipping_address_put import (
        ShippingAddressPut,
        ShippingAddressPutCreate,
        ShippingAddressPutUpdate,
    )
    from .shipping_consignment_get import (
        ShippingConsignmentGet,
        ShippingConsignmentGetCreate,
        ShippingConsignmentGetUpdate,
    )
    from .shipping_consignment_get_line_items_item import (
        ShippingConsignmentGetLineItemsItem,
        ShippingConsignmentGetLineItemsItemCreate,
        ShippingConsignmentGetLineItemsItemUpdate,
    )
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
    from .shipping_method_full import (
        ShippingMethodFull,
        ShippingMethodFullCreate,
        ShippingMethodFullUpdate,
    )
    from .shipping_quotes_base import (
        ShippingQuotesBase,
        ShippingQuotesBaseCreate,
        ShippingQuotesBaseUpdate,
    )
    from .shipping_quotes_consignment_resource import ShippingQuotesConsignmentResource
    from .shipping_quotes_resource import ShippingQuotesResource
    from .shipping_settings import ShippingSettings, ShippingSettingsCreate, ShippingSettingsUpdate
    from .shipping_settings_checkout import (
        ShippingSettingsCheckout,
        ShippingSettingsCheckoutCreate,
        ShippingSettingsCheckoutUpdate,
    )
    from .shopper_profile import ShopperProfile, ShopperProfileCreate, ShopperProfileUpdate
    from .shopper_profile_post import (
        ShopperProfilePost,
        ShopperProfilePostCreate,
        ShopperProfilePostUpdate,
    )
    from .simple_item_matcher import (
        SimpleItemMatcher,
        SimpleItemMatcherCreate,
        SimpleItemMatcherUpdate,
    )
    from .simple_transaction_response import (
        SimpleTransactionResponse,
        SimpleTransactionResponseCreate,
        SimpleTransactionResponseUpdate,
    )
    from .single_page_response_data import (
        SinglePageResponseData,
        SinglePageResponseDataCreate,
        SinglePageResponseDataUpdate,
    )
    from .site_post import SitePost, SitePostCreate, SitePostUpdate
    from .site_put import SitePut, SitePutCreate, SitePutUpdate
    from .site_route_base import SiteRouteBase, SiteRouteBaseCreate, SiteRouteBaseUpdate
    from .site_route_full import SiteRouteFull, SiteRouteFullCreate, SiteRouteFullUpdate
    from .site_routes_route_base import (
        SiteRoutesRouteBase,
        SiteRoutesRouteBaseCreate,
        SiteRoutesRouteBaseUpdate,
    )
    from .sites_v3_site import SitesV3Site, SitesV3SiteCreate, SitesV3SiteUpdate
    from .store_app_uninstalled import (
        StoreAppUninstalled,
        StoreAppUninstalledCreate,
        StoreAppUninstalledUpdate,
    )
    from .store_app_uninstalled_data import (
        StoreAppUninstalledData,
        StoreAppUninstalledDataCreate,
        StoreAppUninstalledDataUpdate,
    )
    from .store_cart_abandoned import (
        StoreCartAbandoned,
        StoreCartAbandonedCreate,
        StoreCartAbandonedUpdate,
    )
    from .store_cart_abandoned_data import (
        StoreCartAbandonedData,
        StoreCartAbandonedDataCreate,
        StoreCartAbandonedDataUpdate,
    )
    from .store_cart_converted import (
        StoreCartConverted,
        StoreCartConvertedCreate,
        StoreCartConvertedUpdate,
    )
    from .store_cart_converted_data import (
        StoreCartConvertedData,
        StoreCartConvertedDataCreate,
        StoreCartConvertedDataUpdate,
    )
    from .store_cart_coupon_applied import (
        StoreCartCouponApplied,
        StoreCartCouponAppliedCreate,
        StoreCartCouponAppliedUpdate,
    )
    from .store_cart_coupon_applied_data import (
        StoreCartCouponAppliedData,
        StoreCartCouponAppliedDataCreate,
        StoreCartCouponAppliedDataUpdate,
    )
    from .store_cart_created import StoreCartCreated, StoreCartCreatedCreate, StoreCartCreatedUpdate
    from .store_cart_created_data import (
        StoreCartCreatedData,
        StoreCartCreatedDataCreate,
        StoreCartCreatedDataUpdate,
    )
    from .store_cart_deleted import StoreCartDeleted, StoreCartDeletedCreate, StoreCartDeletedUpdate
    from .store_cart_deleted_data import (
        StoreCartDeletedData,
        StoreCartDeletedDataCreate,
        StoreCartDeletedDataUpdate,
    )
    from .store_cart_line_item_created import (
        StoreCartLineItemCreated,
        StoreCartLineItemCreatedCreate,
        StoreCartLineItemCreatedUpdate,
    )
    from .store_cart_line_item_created_data import (
        StoreCartLineItemCreatedData,
        StoreCartLineItemCreatedDataCreate,
        StoreCartLineItemCreatedDataUpdate,
    )
    from .store_cart_line_item_deleted import (
        StoreCartLineItemDeleted,
        StoreCartLineItemDeletedCreate,
        StoreCartLineItemDeletedUpdate,
    )
    from .store_cart_line_item_deleted_data import (
        StoreCartLineItemDeletedData,
        StoreCartLineItemDeletedDataCreate,
        StoreCartLineItemDeletedDataUpdate,
    )
    from .store_cart_line_item_updated import (
        StoreCartLineItemUpdated,
        StoreCartLineItemUpdatedCreate,
        StoreCartLineItemUpdatedUpdate,
    )
    from .store_cart_line_item_updated_data import (
        StoreCartLineItemUpdatedData,
        StoreCartLineItemUpdatedDataCreate,
        StoreCartLineItemUpdatedDataUpdate,
    )
    from .store_cart_line_item_wildcard import (
        StoreCartLineItemWildcard,
        StoreCartLineItemWildcardCreate,
        StoreCartLineItemWildcardUpdate,
    )
    from .store_cart_line_item_wildcard_data import (
        StoreCartLineItemWildcardData,
        StoreCartLineItemWildcardDataCreate,
        StoreCartLineItemWildcardDataUpdate,
    )
    from .store_cart_updated import StoreCartUpdated, StoreCartUpdatedCreate, StoreCartUpdatedUpdate
    from .store_cart_updated_data import (
        StoreCartUpdatedData,
        StoreCartUpdatedDataCreate,
        StoreCartUpdatedDataUpdate,
    )
    from .store_category_created import (
        StoreCategoryCreated,
        StoreCategoryCreatedCreate,
        StoreCategoryCreatedUpdate,
    )
    from .store_category_deleted import (
        StoreCategoryDeleted,
        StoreCategoryDeletedCreate,
        StoreCategoryDeletedUpdate,
    )
    from .store_category_deleted_data import (
        StoreCategoryDeletedData,
        StoreCategoryDeletedDataCreate,
        StoreCategoryDeletedDataUpdate,
    )
    from .store_category_updated import (
        StoreCategoryUpdated,
        StoreCategoryUpdatedCreate,
        StoreCategoryUpdatedUpdate,
    )
    from .store_category_updated_data import (
        StoreCategoryUpdatedData,
        StoreCategoryUpdatedDataCreate,
        StoreCategoryUpdatedDataUpdate,
    )
    from .store_channel_created import (
        StoreChannelCreated,
        StoreChannelCreatedCreate,
        StoreChannelCreatedUpdate,
    )
    from .store_channel_created_data import (
        StoreChannelCreatedData,
        StoreChannelCreatedDataCreate,
        StoreChannelCreatedDataUpdate,
    )
    from .store_channel_updated import (
        StoreChannelUpdated,
        StoreChannelUpdatedCreate,
        StoreChannelUpdatedUpdate,
    )
    from .store_channel_updated_data import (
        StoreChannelUpdatedData,
        StoreChannelUpdatedDataCreate,
        StoreChannelUpdatedDataUpdate,
    )
    from .store_customer_address_created import (
        StoreCustomerAddressCreated,
        StoreCustomerAddressCreatedCreate,
        StoreCustomerAddressCreatedUpdate,
    )
    from .store_customer_address_created_data import (
        StoreCustomerAddressCreatedData,
        StoreCustomerAddressCreatedDataCreate,
        StoreCustomerAddressCreatedDataUpdate,
    )
    from .store_customer_address_created_data_address import (
        StoreCustomerAddressCreatedDataAddress,
        StoreCustomerAddressCreatedDataAddressCreate,
        StoreCustomerAddressCreatedDataAddressUpdate,
    )
    from .store_customer_address_deleted import (
        StoreCustomerAddressDeleted,
        StoreCustomerAddressDeletedCreate,
        StoreCustomerAddressDeletedUpdate,
    )
    from .store_customer_address_deleted_data import (
        StoreCustomerAddressDeletedData,
        StoreCustomerAddressDeletedDataCreate,
        StoreCustomerAddressDeletedDataUpdate,
    )
    from .store_customer_address_deleted_data_address import (
        StoreCustomerAddressDeletedDataAddress,
        StoreCustomerAddressDeletedDataAddressCreate,
        StoreCustomerAddressDeletedDataAddressUpdate,
    )
    from .store_customer_address_updated import (
        StoreCustomerAddressUpdated,
        StoreCustomerAddressUpdatedCreate,
        StoreCustomerAddressUpdatedUpdate,
    )
    from .store_customer_address_updated_data import (
        StoreCustomerAddressUpdatedData,
        StoreCustomerAddressUpdatedDataCreate,
        StoreCustomerAddressUpdatedDataUpdate,
    )
    from .store_customer_address_updated_data_address import (
        StoreCustomerAddressUpdatedDataAddress,
        StoreCustomerAddressUpdatedDataAddressCreate,
        StoreCustomerAddressUpdatedDataAddressUpdate,
    )
    from .store_customer_created import (
        StoreCustomerCreated,
        StoreCustomerCreatedCreate,
        StoreCustomerCreatedUpdate,
    )
    from .store_customer_created_data import (
        StoreCustomerCreatedData,
        StoreCustomerCreatedDataCreate,
        StoreCustomerCreatedDataUpdate,
    )
    from .store_customer_deleted import (
        StoreCustomerDeleted,
        StoreCustomerDeletedCreate,
        StoreCustomerDeletedUpdate,
    )
    from .store_customer_deleted_data import (
        StoreCustomerDeletedData,
        StoreCustomerDeletedDataCreate,
        StoreCustomerDeletedDataUpdate,
    )
    from .store_customer_payment_instrument_default_updated import (
        StoreCustomerPaymentInstrumentDefaultUpdated,
        StoreCustomerPaymentInstrumentDefaultUpdatedCreate,
        StoreCustomerPaymentInstrumentDefaultUpdatedUpdate,
    )
    from .store_customer_payment_instrument_default_updated_data import (
        StoreCustomerPaymentInstrumentDefaultUpdatedData,
        StoreCustomerPaymentInstrumentDefaultUpdatedDataCreate,
        StoreCustomerPaymentInstrumentDefaultUpdatedDataUpdate,
    )
    from .store_customer_updated import (
        StoreCustomerUpdated,
        StoreCustomerUpdatedCreate,
        StoreCustomerUpdatedUpdate,
    )
    from .store_customer_updated_data import (
        StoreCustomerUpdatedData,
        StoreCustomerUpdatedDataCreate,
        StoreCustomerUpdatedDataUpdate,
    )
    from .store_date_format import StoreDateFormat
    from .store_features import StoreFeatures
    from .store_information import StoreInformation
    from .store_information_updated import (
        StoreInformationUpdated,
        StoreInformationUpdatedCreate,
        StoreInformationUpdatedUpdate,
    )
    from .store_information_updated_data import (
        StoreInformationUpdatedData,
        StoreInformationUpdatedDataCreate,
        StoreInformationUpdatedDataUpdate,
    )
    from .store_information_v3_metafield import (
        StoreInformationV3Metafield,
        StoreInformationV3MetafieldCreate,
        StoreInformationV3MetafieldUpdate,
    )
    from .store_order_archived import (
        StoreOrderArchived,
        StoreOrderArchivedCreate,
        StoreOrderArchivedUpdate,
    )
    from .store_order_archived_data import (
        StoreOrderArchivedData,
        StoreOrderArchivedDataCreate,
        StoreOrderArchivedDataUpdate,
    )
    from .store_order_created import (
        StoreOrderCreated,
        StoreOrderCreatedCreate,
        StoreOrderCreatedUpdate,
    )
    from .store_order_created_data import (
        StoreOrderCreatedData,
        StoreOrderCreatedDataCreate,
        StoreOrderCreatedDataUpdate,
    )
    from .store_order_message_created import (
        StoreOrderMessageCreated,
        StoreOrderMessageCreatedCreate,
        StoreOrderMessageCreatedUpdate,
    )
    from .store_order_message_created_data import (
        StoreOrderMessageCreatedData,
        StoreOrderMessageCreatedDataCreate,
        StoreOrderMessageCreatedDataUpdate,
    )
    from .store_order_message_created_data_message import (
        StoreOrderMessageCreatedDataMessage,
        StoreOrderMessageCreatedDataMessageCreate,
        StoreOrderMessageCreatedDataMessageUpdate,
    )
    from .store_order_refund_created import (
        StoreOrderRefundCreated,
        StoreOrderRefundCreatedCreate,
        StoreOrderRefundCreatedUpdate,
    )
    from .store_order_refund_created_data import (
        StoreOrderRefundCreatedData,
        StoreOrderRefundCreatedDataCreate,
        StoreOrderRefundCreatedDataUpdate,
    )
    from .store_order_refund_created_data_refund import (
        StoreOrderRefundCreatedDataRefund,
        StoreOrderRefundCreatedDataRefundCreate,
        StoreOrderRefundCreatedDataRefundUpdate,
    )
    from .store_order_status_updated import (
        StoreOrderStatusUpdated,
        StoreOrderStatusUpdatedCreate,
        StoreOrderStatusUpdatedUpdate,
    )
    from .store_order_status_updated_data import (
        StoreOrderStatusUpdatedData,
        StoreOrderStatusUpdatedDataCreate,
        StoreOrderStatusUpdatedDataUpdate,
    )
    from .store_order_status_updated_data_status import (
        StoreOrderStatusUpdatedDataStatus,
        StoreOrderStatusUpdatedDataStatusCreate,
        StoreOrderStatusUpdatedDataStatusUpdate,
    )
    from .store_order_updated import (
        StoreOrderUpdated,
        StoreOrderUpdatedCreate,
        StoreOrderUpdatedUpdate,
    )
    from .store_order_updated_data import (
        StoreOrderUpdatedData,
        StoreOrderUpdatedDataCreate,
        StoreOrderUpdatedDataUpdate,
    )
    from .store_product_created import (
        StoreProductCreated,
        StoreProductCreatedCreate,
        StoreProductCreatedUpdate,
    )
    from .store_product_created_data import (
        StoreProductCreatedData,
        StoreProductCreatedDataCreate,
        StoreProductCreatedDataUpdate,
    )
    from .store_product_deleted import (
        StoreProductDeleted,
        StoreProductDeletedCreate,
        StoreProductDeletedUpdate,
    )
    from .store_product_deleted_data import (
        StoreProductDeletedData,
        StoreProductDeletedDataCreate,
        StoreProductDeletedDataUpdate,
    )
    from .store_product_inventory_order_updated import (
        StoreProductInventoryOrderUpdated,
        StoreProductInventoryOrderUpdatedCreate,
        StoreProductInventoryOrderUpdatedUpdate,
    )
    from .store_product_inventory_order_updated_data import (
        StoreProductInventoryOrderUpdatedData,
        StoreProductInventoryOrderUpdatedDataCreate,
        StoreProductInventoryOrderUpdatedDataUpdate,
    )
    from .store_product_inventory_order_updated_data_inventory import (
        StoreProductInventoryOrderUpdatedDataInventory,
        StoreProductInventoryOrderUpdatedDataInventoryCreate,
        StoreProductInventoryOrderUpdatedDataInventoryUpdate,
    )
    from .store_product_inventory_updated import (
        StoreProductInventoryUpdated,
        StoreProductInventoryUpdatedCreate,
        StoreProductInventoryUpdatedUpdate,
    )
    from .store_product_inventory_updated_data import (
        StoreProductInventoryUpdatedData,
        StoreProductInventoryUpdatedDataCreate,
        StoreProductInventoryUpdatedDataUpdate,
    )
    from .store_product_inventory_updated_data_inventory import (
        StoreProductInventoryUpdatedDataInventory,
        StoreProductInventoryUpdatedDataInventoryCreate,
        StoreProductInventoryUpdatedDataInventoryUpdate,
    )
    from .store_product_updated import (
        StoreProductUpdated,
        StoreProductUpdatedCreate,
        StoreProductUpdatedUpdate,
    )
    from .store_product_updated_data import (
        StoreProductUpdatedData,
        StoreProductUpdatedDataCreate,
        StoreProductUpdatedDataUpdate,
    )
    from .store_profile import StoreProfile, StoreProfileCreate, StoreProfileUpdate
    from .store_shipment_created import (
        StoreShipmentCreated,
        StoreShipmentCreatedCreate,
        StoreShipmentCreatedUpdate,
    )
    from .store_shipment_created_data import (
        StoreShipmentCreatedData,
        StoreShipmentCreatedDataCreate,
        StoreShipmentCreatedDataUpdate,
    )
    from .store_shipment_deleted import (
        StoreShipmentDeleted,
        StoreShipmentDeletedCreate,
        StoreShipmentDeletedUpdate,
    )
    from .store_shipment_deleted_data import (
        StoreShipmentDeletedData,
        StoreShipmentDeletedDataCreate,
        StoreShipmentDeletedDataUpdate,
    )
    from .store_shipment_updated import (
        StoreShipmentUpdated,
        StoreShipmentUpdatedCreate,
        StoreShipmentUpdatedUpdate,
    )
    from .store_shipment_updated_data import (
        StoreShipmentUpdatedData,
        StoreShipmentUpdatedDataCreate,
        StoreShipmentUpdatedDataUpdate,
    )
    from .store_sku_created import StoreSkuCreated, StoreSkuCreatedCreate, StoreSkuCreatedUpdate
    from .store_sku_created_data import (
        StoreSkuCreatedData,
        StoreSkuCreatedDataCreate,
        StoreSkuCreatedDataUpdate,
    )
    from .store_sku_created_data_sku import (
        StoreSkuCreatedDataSku,
        StoreSkuCreatedDataSkuCreate,
        StoreSkuCreatedDataSkuUpdate,
    )
    from .store_sku_deleted import StoreSkuDeleted, StoreSkuDeletedCreate, StoreSkuDeletedUpdate
    from .store_sku_deleted_data import (
        StoreSkuDeletedData,
        StoreSkuDeletedDataCreate,
        StoreSkuDeletedDataUpdate,
    )
    from .store_sku_deleted_data_sku import (
        StoreSkuDeletedDataSku,
        StoreSkuDeletedDataSkuCreate,
        StoreSkuDeletedDataSkuUpdate,
    )
    from .store_sku_inventory_order_updated import (
        StoreSkuInventoryOrderUpdated,
        StoreSkuInventoryOrderUpdatedCreate,
        StoreSkuInventoryOrderUpdatedUpdate,
    )
    from .store_sku_inventory_order_updated_data import (
        StoreSkuInventoryOrderUpdatedData,
        StoreSkuInventoryOrderUpdatedDataCreate,
        StoreSkuInventoryOrderUpdatedDataUpdate,
    )
    from .store_sku_inventory_order_updated_data_inventory import (
        StoreSkuInventoryOrderUpdatedDataInventory,
        StoreSkuInventoryOrderUpdatedDataInventoryCreate,
        StoreSkuInventoryOrderUpdatedDataInventoryUpdate,
    )
    from .store_sku_inventory_updated import (
        StoreSkuInventoryUpdated,
        StoreSkuInventoryUpdatedCreate,
        StoreSkuInventoryUpdatedUpdate,
    )
    from .store_sku_inventory_updated_data import (
        StoreSkuInventoryUpdatedData,
        StoreSkuInventoryUpdatedDataCreate,
        StoreSkuInventoryUpdatedDataUpdate,
    )
    from .store_sku_inventory_updated_data_inventory import (
        StoreSkuInventoryUpdatedDataInventory,
        StoreSkuInventoryUpdatedDataInventoryCreate,
        StoreSkuInventoryUpdatedDataInventoryUpdate,
    )
    from .store_sku_updated import StoreSkuUpdated, StoreSkuUpdatedCreate, StoreSkuUpdatedUpdate
    from .store_sku_updated_data import (
        StoreSkuUpdatedData,
        StoreSkuUpdatedDataCreate,
        StoreSkuUpdatedDataUpdate,
    )
    from .store_sku_updated_data_sku import (
        StoreSkuUpdatedDataSku,
        StoreSkuUpdatedDataSkuCreate,
        StoreSkuUpdatedDataSkuUpdate,
    )
    from .store_storefront_limits import StoreStorefrontLimits
    from .store_subscriber_created import (
        StoreSubscriberCreated,
        StoreSubscriberCreatedCreate,
        StoreSubscriberCreatedUpdate,
    )
    from .store_subscriber_created_data import (
        StoreSubscriberCreatedData,
        StoreSubscriberCreatedDataCreate,
        StoreSubscriberCreatedDataUpdate,
    )
    from .store_subscriber_deleted import (
        StoreSubscriberDeleted,
        StoreSubscriberDeletedCreate,
        StoreSubscriberDeletedUpdate,
    )
    from .store_subscriber_deleted_data import (
        StoreSubscriberDeletedData,
        StoreSubscriberDeletedDataCreate,
        StoreSubscriberDeletedDataUpdate,
    )
    from .store_subscriber_updated import (
        StoreSubscriberUpdated,
        StoreSubscriberUpdatedCreate,
        StoreSubscriberUpdatedUpdate,
    )
    from .store_subscriber_updated_data import (
        StoreSubscriberUpdatedData,
        StoreSubscriberUpdatedDataCreate,
        StoreSubscriberUpdatedDataUpdate,
    )
    from .store_time import StoreTime
    from .store_timezone import StoreTimezone
    from .storefront_category_settings import (
        StorefrontCategorySettings,
        StorefrontCategorySettingsCreate,
        StorefrontCategorySettingsUpdate,
    )
    from .storefront_product_settings import (
        StorefrontProductSettings,
        StorefrontProductSettingsCreate,
        StorefrontProductSettingsUpdate,
    )
    from .storefront_search_settings import (
        StorefrontSearchSettings,
        StorefrontSearchSettingsCreate,
        StorefrontSearchSettingsUpdate,
    )
    from .storefront_security_settings import (
        StorefrontSecuritySettings,
        StorefrontSecuritySettingsCreate,
        StorefrontSecuritySettingsUpdate,
    )
    from .storefront_security_settings_csp_header import (
        StorefrontSecuritySettingsCspHeader,
        StorefrontSecuritySettingsCspHeaderCreate,
        StorefrontSecuritySettingsCspHeaderUpdate,
    )
    from .storefront_security_settings_hsts import (
        StorefrontSecuritySettingsHsts,
        StorefrontSecuritySettingsHstsCreate,
        StorefrontSecuritySettingsHstsUpdate,
    )
    from .storefront_security_settings_x_frame_options_header import (
        StorefrontSecuritySettingsXFrameOptionsHeader,
        StorefrontSecuritySettingsXFrameOptionsHeaderCreate,
        StorefrontSecuritySettingsXFrameOptionsHeaderUpdate,
    )
    from .storefront_status import StorefrontStatus, StorefrontStatusCreate, StorefrontStatusUpdate
    from .subscriber_base import SubscriberBase, SubscriberBaseCreate, SubscriberBaseUpdate
    from .subscriber_full import SubscriberFull, SubscriberFullCreate, SubscriberFullUpdate
    from .success_no_content_response import (
        SuccessNoContentResponse,
        SuccessNoContentResponseCreate,
        SuccessNoContentResponseUpdate,
    )
    from .system_log import SystemLog, SystemLogCreate, SystemLogUpdate
    from .tax_class import TaxClass
    from .tax_class_create_batch_item import (
        TaxClassCreateBatchItem,
        TaxClassCreateBatchItemCreate,
        TaxClassCreateBatchItemUpdate,
    )
    from .tax_class_resource import TaxClassResource, TaxClassResourceCreate, TaxClassResourceUpdate
    from .tax_class_update_batch_item import (
        TaxClassUpdateBatchItem,
        TaxClassUpdateBatchItemCreate,
        TaxClassUpdateBatchItemUpdate,
    )
    from .tax_customer import TaxCustomer, TaxCustomerCreate, TaxCustomerUpdate
    from .tax_rate import TaxRate, TaxRateCreate, TaxRateUpdate
    from .tax_rate_class_rates_item import (
        TaxRateClassRatesItem,
        TaxRateClassRatesItemCreate,
        TaxRateClassRatesItemUpdate,
    )
    from .tax_rate_post import TaxRatePOST, TaxRatePOSTCreate, TaxRatePOSTUpdate
    from .tax_rate_post_class_rates_item import (
        TaxRatePOSTClassRatesItem,
        TaxRatePOSTClassRatesItemCreate,
        TaxRatePOSTClassRatesItemUpdate,
    )
    from .tax_rate_put import TaxRatePUT, TaxRatePUTCreate, TaxRatePUTUpdate
    from .tax_rate_put_class_rates_item import (
        TaxRatePUTClassRatesItem,
        TaxRatePUTClassRatesItemCreate,
        TaxRatePUTClassRatesItemUpdate,
    )
    from .tax_settings import TaxSettings, TaxSettingsCreate, TaxSettingsUpdate
    from .tax_settings_price_display_settings import (
        TaxSettingsPriceDisplaySettings,
        TaxSettingsPriceDisplaySettingsCreate,
        TaxSettingsPriceDisplaySettingsUpdate,
    )
    from .tax_zone import TaxZone, TaxZoneCreate, TaxZoneUpdate
    from .tax_zone_post import TaxZonePOST, TaxZonePOSTCreate, TaxZonePOSTUpdate
    from .tax_zone_post_price_display_settings import (
        TaxZonePOSTPriceDisplaySettings,
        TaxZonePOSTPriceDisplaySettingsCreate,
        TaxZonePOSTPriceDisplaySettingsUpdate,
    )
    from .tax_zone_post_shopper_target_settings import (
        TaxZonePOSTShopperTargetSettings,
        TaxZonePOSTShopperTargetSettingsCreate,
        TaxZonePOSTShopperTargetSettingsUpdate,
    )
    from .tax_zone_post_shopper_target_settings_locations_item import (
        TaxZonePOSTShopperTargetSettingsLocationsItem,
        TaxZonePOSTShopperTargetSettingsLocationsItemCreate,
        TaxZonePOSTShopperTargetSettingsLocationsItemUpdate,
    )
    from .tax_zone_price_display_settings import (
        TaxZonePriceDisplaySettings,
        TaxZonePriceDisplaySettingsCreate,
        TaxZonePriceDisplaySettingsUpdate,
    )
    from .tax_zone_put import TaxZonePUT, TaxZonePUTCreate, TaxZonePUTUpdate
    from .tax_zone_put_price_display_settings import (
        TaxZonePUTPriceDisplaySettings,
        TaxZonePUTPriceDisplaySettingsCreate,
        TaxZonePUTPriceDisplaySettingsUpdate,
    )
    from .tax_zone_put_shopper_target_settings import (
        TaxZonePUTShopperTargetSettings,
        TaxZonePUTShopperTargetSettingsCreate,
        TaxZonePUTShopperTargetSettingsUpdate,
    )
    from .tax_zone_put_shopper_target_settings_locations_item import (
        TaxZonePUTShopperTargetSettingsLocationsItem,
        TaxZonePUTShopperTargetSettingsLocationsItemCreate,
        TaxZonePUTShopperTargetSettingsLocationsItemUpdate,
    )
    from .tax_zone_shopper_target_settings import (
        TaxZoneShopperTargetSettings,
        TaxZoneShopperTargetSettingsCreate,
        TaxZoneShopperTargetSettingsUpdate,
    )
    from .tax_zone_shopper_target_settings_locations_item import (
        TaxZoneShopperTargetSettingsLocationsItem,
        TaxZoneShopperTargetSettingsLocationsItemCreate,
        TaxZoneShopperTargetSettingsLocationsItemUpdate,
    )
    from .template import Template, TemplateCreate, TemplateUpdate
    from .theme import Theme, ThemeCreate, ThemeUpdate
    from .theme_configuration_full import (
        ThemeConfigurationFull,
        ThemeConfigurationFullCreate,
        ThemeConfigurationFullUpdate,
    )
    from .theme_configuration_write import (
        ThemeConfigurationWrite,
        ThemeConfigurationWriteCreate,
        ThemeConfigurationWriteUpdate,
    )
    from .theme_region import ThemeRegion, ThemeRegionCreate, ThemeRegionUpdate
    from .theme_variations_item import (
        ThemeVariationsItem,
        ThemeVariationsItemCreate,
        ThemeVariationsItemUpdate,
    )
    from .themes_collection_response_data_item import (
        ThemesCollectionResponseDataItem,
        ThemesCollectionResponseDataItemCreate,
        ThemesCollectionResponseDataItemUpdate,
    )
    from .themes_collection_response_data_item_variations_item import (
        ThemesCollectionResponseDataItemVariationsItem,
        ThemesCollectionResponseDataItemVariationsItemCreate,
        ThemesCollectionResponseDataItemVariationsItemUpdate,
    )
    from .token_base import TokenBase, TokenBaseCreate, TokenBaseUpdate
    from .token_post_impersonation import (
        TokenPostImpersonation,
        TokenPostImpersonationCreate,
        TokenPostImpersonationUpdate,
    )
    from .token_post_private import TokenPostPrivate, TokenPostPrivateCreate, TokenPostPrivateUpdate
    from .transaction import Transaction, TransactionCreate, TransactionUpdate
    from .transaction_avs_result import (
        TransactionAvsResult,
        TransactionAvsResultCreate,
        TransactionAvsResultUpdate,
    )
    from .transaction_custom import (
        TransactionCustom,
        TransactionCustomCreate,
        TransactionCustomUpdate,
    )
    from .transaction_custom_provider_field_result import (
        TransactionCustomProviderFieldResult,
        TransactionCustomProviderFieldResultCreate,
        TransactionCustomProviderFieldResultUpdate,
    )
    from .transaction_cvv_result import (
        TransactionCvvResult,
        TransactionCvvResultCreate,
        TransactionCvvResultUpdate,
    )
    from .transaction_gift_certificate import (
        TransactionGiftCertificate,
        TransactionGiftCertificateCreate,
        TransactionGiftCertificateUpdate,
    )
    from .transaction_offline import (
        TransactionOffline,
        TransactionOfflineCreate,
        TransactionOfflineUpdate,
    )
    from .transaction_store_credit import (
        TransactionStoreCredit,
        TransactionStoreCreditCreate,
        TransactionStoreCreditUpdate,
    )
    from .translation_definition import (
        TranslationDefinition,
        TranslationDefinitionCreate,
        TranslationDefinitionUpdate,
    )
    from .tree import Tree, TreeCreate, TreeUpdate
    from .update_analytics_provider_request import (
        UpdateAnalyticsProviderRequest,
        UpdateAnalyticsProviderRequestCreate,
        UpdateAnalyticsProviderRequestUpdate,
    )
    from .update_brand_request import (
        UpdateBrandRequest,
        UpdateBrandRequestCreate,
        UpdateBrandRequestUpdate,
    )
    from .update_brand_request_custom_url import (
        UpdateBrandRequestCustomUrl,
        UpdateBrandRequestCustomUrlCreate,
        UpdateBrandRequestCustomUrlUpdate,
    )
    from .update_brand_response_data import (
        UpdateBrandResponseData,
        UpdateBrandResponseDataCreate,
        UpdateBrandResponseDataUpdate,
    )
    from .update_brand_response_data_custom_url import (
        UpdateBrandResponseDataCustomUrl,
        UpdateBrandResponseDataCustomUrlCreate,
        UpdateBrandResponseDataCustomUrlUpdate,
    )
    from .update_brands_metafields_request_item import (
        UpdateBrandsMetafieldsRequestItem,
        UpdateBrandsMetafieldsRequestItemCreate,
        UpdateBrandsMetafieldsRequestItemUpdate,
    )
    from .update_bulk_pricing_rule_request import (
        UpdateBulkPricingRuleRequest,
        UpdateBulkPricingRuleRequestCreate,
        UpdateBulkPricingRuleRequestUpdate,
    )
    from .update_bulk_pricing_rule_response_data import (
        UpdateBulkPricingRuleResponseData,
        UpdateBulkPricingRuleResponseDataCreate,
        UpdateBulkPricingRuleResponseDataUpdate,
    )
    from .update_carts_metafields_request_item import (
        UpdateCartsMetafieldsRequestItem,
        UpdateCartsMetafieldsRequestItemCreate,
        UpdateCartsMetafieldsRequestItemUpdate,
    )
    from .update_categories_item import (
        UpdateCategoriesItem,
        UpdateCategoriesItemCreate,
        UpdateCategoriesItemUpdate,
    )
    from .update_categories_metafields_request_item import (
        UpdateCategoriesMetafieldsRequestItem,
        UpdateCategoriesMetafieldsRequestItemCreate,
        UpdateCategoriesMetafieldsRequestItemUpdate,
    )
    from .update_category_request import (
        UpdateCategoryRequest,
        UpdateCategoryRequestCreate,
        UpdateCategoryRequestUpdate,
    )
    from .update_category_request_custom_url import (
        UpdateCategoryRequestCustomUrl,
        UpdateCategoryRequestCustomUrlCreate,
        UpdateCategoryRequestCustomUrlUpdate,
    )
    from .update_category_response_data import (
        UpdateCategoryResponseData,
        UpdateCategoryResponseDataCreate,
        UpdateCategoryResponseDataUpdate,
    )
    from .update_category_response_data_custom_url import (
        UpdateCategoryResponseDataCustomUrl,
        UpdateCategoryResponseDataCustomUrlCreate,
        UpdateCategoryResponseDataCustomUrlUpdate,
    )
    from .update_channel_order_settings_response import (
        UpdateChannelOrderSettingsResponse,
        UpdateChannelOrderSettingsResponseCreate,
        UpdateChannelOrderSettingsResponseUpdate,
    )
    from .update_channel_req import UpdateChannelReq, UpdateChannelReqCreate, UpdateChannelReqUpdate
    from .update_consignment_request import (
        UpdateConsignmentRequest,
        UpdateConsignmentRequestCreate,
        UpdateConsignmentRequestUpdate,
    )
    from .update_consignment_request_address import (
        UpdateConsignmentRequestAddress,
        UpdateConsignmentRequestAddressCreate,
        UpdateConsignmentRequestAddressUpdate,
    )
    from .update_consignment_request_address_custom_fields_item import (
        UpdateConsignmentRequestAddressCustomFieldsItem,
        UpdateConsignmentRequestAddressCustomFieldsItemCreate,
        UpdateConsignmentRequestAddressCustomFieldsItemUpdate,
    )
    from .update_consignment_request_custom_shipping import (
        UpdateConsignmentRequestCustomShipping,
        UpdateConsignmentRequestCustomShippingCreate,
        UpdateConsignmentRequestCustomShippingUpdate,
    )
    from .update_consignment_request_line_items_item import (
        UpdateConsignmentRequestLineItemsItem,
        UpdateConsignmentRequestLineItemsItemCreate,
        UpdateConsignmentRequestLineItemsItemUpdate,
    )
    from .update_consignment_request_pickup_option import (
        UpdateConsignmentRequestPickupOption,
        UpdateConsignmentRequestPickupOptionCreate,
        UpdateConsignmentRequestPickupOptionUpdate,
    )
    from .update_customer_metafield_request import (
        UpdateCustomerMetafieldRequest,
        UpdateCustomerMetafieldRequestCreate,
        UpdateCustomerMetafieldRequestUpdate,
    )
    from .update_customers_metafields_request_item import (
        UpdateCustomersMetafieldsRequestItem,
        UpdateCustomersMetafieldsRequestItemCreate,
        UpdateCustomersMetafieldsRequestItemUpdate,
    )
    from .update_fees_request import (
        UpdateFeesRequest,
        UpdateFeesRequestCreate,
        UpdateFeesRequestUpdate,
    )
    from .update_global_order_settings_response import (
        UpdateGlobalOrderSettingsResponse,
        UpdateGlobalOrderSettingsResponseCreate,
        UpdateGlobalOrderSettingsResponseUpdate,
    )
    from .update_hooks_admin_request import (
        UpdateHooksAdminRequest,
        UpdateHooksAdminRequestCreate,
        UpdateHooksAdminRequestUpdate,
    )
    from .update_locations_metafields_request_item import (
        UpdateLocationsMetafieldsRequestItem,
        UpdateLocationsMetafieldsRequestItemCreate,
        UpdateLocationsMetafieldsRequestItemUpdate,
    )
    from .update_orders_metafields_request_item import (
        UpdateOrdersMetafieldsRequestItem,
        UpdateOrdersMetafieldsRequestItemCreate,
        UpdateOrdersMetafieldsRequestItemUpdate,
    )
    from .update_price_list_request import (
        UpdatePriceListRequest,
        UpdatePriceListRequestCreate,
        UpdatePriceListRequestUpdate,
    )
    from .update_price_list_response_data import (
        UpdatePriceListResponseData,
        UpdatePriceListResponseDataCreate,
        UpdatePriceListResponseDataUpdate,
    )
    from .update_product_complex_rule_request import (
        UpdateProductComplexRuleRequest,
        UpdateProductComplexRuleRequestCreate,
        UpdateProductComplexRuleRequestUpdate,
    )
    from .update_product_complex_rule_request_conditions_item import (
        UpdateProductComplexRuleRequestConditionsItem,
        UpdateProductComplexRuleRequestConditionsItemCreate,
        UpdateProductComplexRuleRequestConditionsItemUpdate,
    )
    from .update_product_complex_rule_request_price_adjuster import (
        UpdateProductComplexRuleRequestPriceAdjuster,
        UpdateProductComplexRuleRequestPriceAdjusterCreate,
        UpdateProductComplexRuleRequestPriceAdjusterUpdate,
    )
    from .update_product_complex_rule_request_weight_adjuster import (
        UpdateProductComplexRuleRequestWeightAdjuster,
        UpdateProductComplexRuleRequestWeightAdjusterCreate,
        UpdateProductComplexRuleRequestWeightAdjusterUpdate,
    )
    from .update_product_complex_rule_response_data import (
        UpdateProductComplexRuleResponseData,
        UpdateProductComplexRuleResponseDataCreate,
        UpdateProductComplexRuleResponseDataUpdate,
    )
    from .update_product_complex_rule_response_data_conditions_item import (
        UpdateProductComplexRuleResponseDataConditionsItem,
        UpdateProductComplexRuleResponseDataConditionsItemCreate,
        UpdateProductComplexRuleResponseDataConditionsItemUpdate,
    )
    from .update_product_complex_rule_response_data_price_adjuster import (
        UpdateProductComplexRuleResponseDataPriceAdjuster,
        UpdateProductComplexRuleResponseDataPriceAdjusterCreate,
        UpdateProductComplexRuleResponseDataPriceAdjusterUpdate,
    )
    from .update_product_complex_rule_response_data_weight_adjuster import (
        UpdateProductComplexRuleResponseDataWeightAdjuster,
        UpdateProductComplexRuleResponseDataWeightAdjusterCreate,
        UpdateProductComplexRuleResponseDataWeightAdjusterUpdate,
    )
    from .update_product_image_response_data import (
        UpdateProductImageResponseData,
        UpdateProductImageResponseDataCreate,
        UpdateProductImageResponseDataUpdate,
    )
    from .update_product_modifier_request import (
        UpdateProductModifierRequest,
        UpdateProductModifierRequestCreate,
        UpdateProductModifierRequestUpdate,
    )
    from .update_product_modifier_request_config import (
        UpdateProductModifierRequestConfig,
        UpdateProductModifierRequestConfigCreate,
        UpdateProductModifierRequestConfigUpdate,
    )
    from .update_product_modifier_request_option_values_item import (
        UpdateProductModifierRequestOptionValuesItem,
        UpdateProductModifierRequestOptionValuesItemCreate,
        UpdateProductModifierRequestOptionValuesItemUpdate,
    )
    from .update_product_modifier_request_option_values_item_adjusters import (
        UpdateProductModifierRequestOptionValuesItemAdjusters,
        UpdateProductModifierRequestOptionValuesItemAdjustersCreate,
        UpdateProductModifierRequestOptionValuesItemAdjustersUpdate,
    )
    from .update_product_modifier_request_option_values_item_e3ad5adb import (
        UpdateProductModifierRequestOptionValuesItemAdjustersPrice,
        UpdateProductModifierRequestOptionValuesItemAdjustersPriceCreate,
        UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate,
    )
    from .update_product_modifier_response_data import (
        UpdateProductModifierResponseData,
        UpdateProductModifierResponseDataCreate,
        UpdateProductModifierResponseDataUpdate,
    )
    from .update_product_modifier_response_data_config import (
        UpdateProductModifierResponseDataConfig,
        UpdateProductModifierResponseDataConfigCreate,
        UpdateProductModifierResponseDataConfigUpdate,
    )
    from .update_product_modifier_response_data_option_value_8357eb2b import (
        UpdateProductModifierResponseDataOptionValuesItemAdjusters,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersCreate,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersUpdate,
    )
    from .update_product_modifier_response_data_option_value_b7391a08 import (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightCreate,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightUpdate,
    )
    from .update_product_modifier_response_data_option_value_b346678b import (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceCreate,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceUpdate,
    )
    from .update_product_modifier_response_data_option_value_c0038938 import (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledCreate,
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledUpdate,
    )
    from .update_product_modifier_response_data_option_values_item import (
        UpdateProductModifierResponseDataOptionValuesItem,
        UpdateProductModifierResponseDataOptionValuesItemCreate,
        UpdateProductModifierResponseDataOptionValuesItemUpdate,
    )
    from .update_product_modifier_value_request import (
        UpdateProductModifierValueRequest,
        UpdateProductModifierValueRequestCreate,
        UpdateProductModifierValueRequestUpdate,
    )
    from .update_product_modifier_value_request_adjusters import (
        UpdateProductModifierValueRequestAdjusters,
        UpdateProductModifierValueRequestAdjustersCreate,
        UpdateProductModifierValueRequestAdjustersUpdate,
    )
    from .update_product_modifier_value_request_adjusters_price import (
        UpdateProductModifierValueRequestAdjustersPrice,
        UpdateProductModifierValueRequestAdjustersPriceCreate,
        UpdateProductModifierValueRequestAdjustersPriceUpdate,
    )
    from .update_product_modifier_value_request_adjusters_pu_012d8aa5 import (
        UpdateProductModifierValueRequestAdjustersPurchasingDisabled,
        UpdateProductModifierValueRequestAdjustersPurchasingDisabledCreate,
        UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate,
    )
    from .update_product_modifier_value_request_adjusters_weight import (
        UpdateProductModifierValueRequestAdjustersWeight,
        UpdateProductModifierValueRequestAdjustersWeightCreate,
        UpdateProductModifierValueRequestAdjustersWeightUpdate,
    )
    from .update_product_modifier_value_response_data import (
        UpdateProductModifierValueResponseData,
        UpdateProductModifierValueResponseDataCreate,
        UpdateProductModifierValueResponseDataUpdate,
    )
    from .update_product_modifier_value_response_data_adjust_7c655564 import (
        UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled,
        UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate,
        UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate,
    )
    from .update_product_modifier_value_response_data_adjusters import (
        UpdateProductModifierValueResponseDataAdjusters,
        UpdateProductModifierValueResponseDataAdjustersCreate,
        UpdateProductModifierValueResponseDataAdjustersUpdate,
    )
    from .update_product_modifier_value_response_data_adjusters_price import (
        UpdateProductModifierValueResponseDataAdjustersPrice,
        UpdateProductModifierValueResponseDataAdjustersPriceCreate,
        UpdateProductModifierValueResponseDataAdjustersPriceUpdate,
    )
    from .update_product_modifier_value_response_data_adjusters_weight import (
        UpdateProductModifierValueResponseDataAdjustersWeight,
        UpdateProductModifierValueResponseDataAdjustersWeightCreate,
        UpdateProductModifierValueResponseDataAdjustersWeightUpdate,
    )
    from .update_product_review_request import (
        UpdateProductReviewRequest,
        UpdateProductReviewRequestCreate,
        UpdateProductReviewRequestUpdate,
    )
    from .update_product_review_response_data import (
        UpdateProductReviewResponseData,
        UpdateProductReviewResponseDataCreate,
        UpdateProductReviewResponseDataUpdate,
    )
    from .update_product_variant_option_request import (
        UpdateProductVariantOptionRequest,
        UpdateProductVariantOptionRequestCreate,
        UpdateProductVariantOptionRequestUpdate,
    )
    from .update_product_variant_option_request_config import (
        UpdateProductVariantOptionRequestConfig,
        UpdateProductVariantOptionRequestConfigCreate,
        UpdateProductVariantOptionRequestConfigUpdate,
    )
    from .update_product_variant_option_request_option_values_item import (
        UpdateProductVariantOptionRequestOptionValuesItem,
        UpdateProductVariantOptionRequestOptionValuesItemCreate,
        UpdateProductVariantOptionRequestOptionValuesItemUpdate,
    )
    from .update_product_variant_option_response_data import (
        UpdateProductVariantOptionResponseData,
        UpdateProductVariantOptionResponseDataCreate,
        UpdateProductVariantOptionResponseDataUpdate,
    )
    from .update_product_variant_option_response_data_config import (
        UpdateProductVariantOptionResponseDataConfig,
        UpdateProductVariantOptionResponseDataConfigCreate,
        UpdateProductVariantOptionResponseDataConfigUpdate,
    )
    from .update_product_variant_option_response_data_option_a0691050 import (
        UpdateProductVariantOptionResponseDataOptionValuesItem,
        UpdateProductVariantOptionResponseDataOptionValuesItemCreate,
        UpdateProductVariantOptionResponseDataOptionValuesItemUpdate,
    )
    from .update_product_variant_option_value_request import (
        UpdateProductVariantOptionValueRequest,
        UpdateProductVariantOptionValueRequestCreate,
        UpdateProductVariantOptionValueRequestUpdate,
    )
    from .update_product_variant_option_value_response_data import (
        UpdateProductVariantOptionValueResponseData,
        UpdateProductVariantOptionValueResponseDataCreate,
        UpdateProductVariantOptionValueResponseDataUpdate,
    )
    from .update_product_video_request import (
        UpdateProductVideoRequest,
        UpdateProductVideoRequestCreate,
        UpdateProductVideoRequestUpdate,
    )
    from .update_product_video_response_data import (
        UpdateProductVideoResponseData,
        UpdateProductVideoResponseDataCreate,
        UpdateProductVideoResponseDataUpdate,
    )
    from .update_products_metafields_request_item import (
        UpdateProductsMetafieldsRequestItem,
        UpdateProductsMetafieldsRequestItemCreate,
        UpdateProductsMetafieldsRequestItemUpdate,
    )
    from .update_promotion_request import (
        UpdatePromotionRequest,
        UpdatePromotionRequestCreate,
        UpdatePromotionRequestUpdate,
    )
    from .update_shipping_zone_request import (
        UpdateShippingZoneRequest,
        UpdateShippingZoneRequestCreate,
        UpdateShippingZoneRequestUpdate,
    )
    from .update_shipping_zone_request_free_shipping import (
        UpdateShippingZoneRequestFreeShipping,
        UpdateShippingZoneRequestFreeShippingCreate,
        UpdateShippingZoneRequestFreeShippingUpdate,
    )
    from .update_shipping_zone_request_handling_fees import (
        UpdateShippingZoneRequestHandlingFees,
        UpdateShippingZoneRequestHandlingFeesCreate,
        UpdateShippingZoneRequestHandlingFeesUpdate,
    )
    from .update_shipping_zone_request_locations_item import (
        UpdateShippingZoneRequestLocationsItem,
        UpdateShippingZoneRequestLocationsItemCreate,
        UpdateShippingZoneRequestLocationsItemUpdate,
    )
    from .update_shipping_zone_response import (
        UpdateShippingZoneResponse,
        UpdateShippingZoneResponseCreate,
        UpdateShippingZoneResponseUpdate,
    )
    from .update_shipping_zone_response_free_shipping import (
        UpdateShippingZoneResponseFreeShipping,
        UpdateShippingZoneResponseFreeShippingCreate,
        UpdateShippingZoneResponseFreeShippingUpdate,
    )
    from .update_shipping_zone_response_handling_fees import (
        UpdateShippingZoneResponseHandlingFees,
        UpdateShippingZoneResponseHandlingFeesCreate,
        UpdateShippingZoneResponseHandlingFeesUpdate,
    )
    from .update_shipping_zone_response_locations_item import (
        UpdateShippingZoneResponseLocationsItem,
        UpdateShippingZoneResponseLocationsItemCreate,
        UpdateShippingZoneResponseLocationsItemUpdate,
    )
    from .update_store_metafields_request_item import (
        UpdateStoreMetafieldsRequestItem,
        UpdateStoreMetafieldsRequestItemCreate,
        UpdateStoreMetafieldsRequestItemUpdate,
    )
    from .update_tax_provider_connection_request import (
        UpdateTaxProviderConnectionRequest,
        UpdateTaxProviderConnectionRequestCreate,
        UpdateTaxProviderConnectionRequestUpdate,
    )
    from .update_variants_batch_request_item import (
        UpdateVariantsBatchRequestItem,
        UpdateVariantsBatchRequestItemCreate,
        UpdateVariantsBatchRequestItemUpdate,
    )
    from .update_variants_batch_response_data_item import (
        UpdateVariantsBatchResponseDataItem,
        UpdateVariantsBatchResponseDataItemCreate,
        UpdateVariantsBatchResponseDataItemUpdate,
    )
    from .update_variants_batch_response_data_item_option_values_item import (
        UpdateVariantsBatchResponseDataItemOptionValuesItem,
        UpdateVariantsBatchResponseDataItemOptionValuesItemCreate,
        UpdateVariantsBatchResponseDataItemOptionValuesItemUpdate,
    )
    from .update_variants_metafields_request_item import (
        UpdateVariantsMetafieldsRequestItem,
        UpdateVariantsMetafieldsRequestItemCreate,
        UpdateVariantsMetafieldsRequestItemUpdate,
    )
    from .upload_signature_response import (
        UploadSignatureResponse,
        UploadSignatureResponseCreate,
        UploadSignatureResponseUpdate,
    )
    from .upload_store_theme_request import (
        UploadStoreThemeRequest,
        UploadStoreThemeRequestCreate,
        UploadStoreThemeRequestUpdate,
    )
    from .upsert_listing_with_listing_id_req import (
        UpsertListingWithListingIdReq,
        UpsertListingWithListingIdReqCreate,
        UpsertListingWithListingIdReqUpdate,
    )
    from .upsert_listing_without_listing_id_req import (
        UpsertListingWithoutListingIdReq,
        UpsertListingWithoutListingIdReqCreate,
        UpsertListingWithoutListingIdReqUpdate,
    )
    from .upsert_price_list_records_request_item import (
        UpsertPriceListRecordsRequestItem,
        UpsertPriceListRecordsRequestItemCreate,
        UpsertPriceListRecordsRequestItemUpdate,
    )
    from .upsert_price_list_records_request_item_bulk_pricin_175f0e41 import (
        UpsertPriceListRecordsRequestItemBulkPricingTiersItem,
        UpsertPriceListRecordsRequestItemBulkPricingTiersItemCreate,
        UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate,
    )
    from .v2_order_shipping_address import (
        V2OrderShippingAddress,
        V2OrderShippingAddressCreate,
        V2OrderShippingAddressUpdate,
    )
    from .v3_category import V3Category, V3CategoryCreate, V3CategoryUpdate
    from .v3_customer import V3Customer, V3CustomerCreate, V3CustomerUpdate
    from .validate_customer_credentials_object import (
        ValidateCustomerCredentialsObject,
        ValidateCustomerCredentialsObjectCreate,
        ValidateCustomerCredentialsObjectUpdate,
    )
    from .validate_customer_credentials_response_object import (
        ValidateCustomerCredentialsResponseObject,
        ValidateCustomerCredentialsResponseObjectCreate,
        ValidateCustomerCredentialsResponseObjectUpdate,
    )
    from .validate_customer_password_request import (
        ValidateCustomerPasswordRequest,
        ValidateCustomerPasswordRequestCreate,
        ValidateCustomerPasswordRequestUpdate,
    )
    from .validate_password import ValidatePassword, ValidatePasswordCreate, ValidatePasswordUpdate
    from .webhook import Webhook, WebhookCreate, WebhookUpdate
    from .webhook_base import WebhookBase, WebhookBaseCreate, WebhookBaseUpdate
    from .webhook_full import WebhookFull, WebhookFullCreate, WebhookFullUpdate
    from .webhook_put import WebhookPut, WebhookPutCreate, WebhookPutUpdate
    from .webhook_resp_response_data import (
        WebhookRespResponseData,
        WebhookRespResponseDataCreate,
        WebhookRespResponseDataUpdate,
    )
    from .webhooks_resp_response_data_item import (
        WebhooksRespResponseDataItem,
        WebhooksRespResponseDataItemCreate,
        WebhooksRespResponseDataItemUpdate,
    )
    from .which_theme_to_download import (
        WhichThemeToDownload,
        WhichThemeToDownloadCreate,
        WhichThemeToDownloadUpdate,
    )
    from .widget import Widget, WidgetCreate, WidgetUpdate
    from .widget_full import WidgetFull, WidgetFullCreate, WidgetFullUpdate
    from .widget_post import WidgetPost, WidgetPostCreate, WidgetPostUpdate
    from .widget_put import WidgetPut, WidgetPutCreate, WidgetPutUpdate
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
    from .widget_template_full import (
        WidgetTemplateFull,
        WidgetTemplateFullCreate,
        WidgetTemplateFullUpdate,
    )
    from .widget_template_post import (
        WidgetTemplatePost,
        WidgetTemplatePostCreate,
        WidgetTemplatePostUpdate,
    )
    from .widget_template_preview import (
        WidgetTemplatePreview,
        WidgetTemplatePreviewCreate,
        WidgetTemplatePreviewUpdate,
    )
    from .widget_template_preview_response_data import (
        WidgetTemplatePreviewResponseData,
        WidgetTemplatePreviewResponseDataCreate,
        WidgetTemplatePreviewResponseDataUpdate,
    )
    from .widget_template_put import (
        WidgetTemplatePut,
        WidgetTemplatePutCreate,
        WidgetTemplatePutUpdate,
    )
    from .wishlist_full import WishlistFull, WishlistFullCreate, WishlistFullUpdate
    from .wishlist_item_full import WishlistItemFull, WishlistItemFullCreate, WishlistItemFullUpdate
    from .wishlist_item_post import WishlistItemPost, WishlistItemPostCreate, WishlistItemPostUpdate
    from .wishlist_item_post_items_item import (
        WishlistItemPostItemsItem,
        WishlistItemPostItemsItemCreate,
        WishlistItemPostItemsItemUpdate,
    )
    from .wishlist_post import WishlistPost, WishlistPostCreate, WishlistPostUpdate
    from .wishlist_post_items_item import (
        WishlistPostItemsItem,
        WishlistPostItemsItemCreate,
        WishlistPostItemsItemUpdate,
    )
    from .wishlist_put import WishlistPut, WishlistPutCreate, WishlistPutUpdate
    from .wishlist_put_items_item import (
        WishlistPutItemsItem,
        WishlistPutItemsItemCreate,
        WishlistPutItemsItemUpdate,
    )
    from .zone_check import ZoneCheck, ZoneCheckCreate, ZoneCheckUpdate

#: module -> the models (and request TypedDicts) it defines
_MODULES = {
    "abandonded_cart_email": (
        "AbandondedCartEmail",
        "AbandondedCartEmailCreate",
        "AbandondedCartEmailUpdate",
    ),
    "abandonded_cart_email_payload": (
        "AbandondedCartEmailPayload",
        "AbandondedCartEmailPayloadCreate",
        "AbandondedCartEmailPayloadUpdate",
    ),
    "abandoned_cart_emails_v3_abandoned_cart_settings": (
        "AbandonedCartEmailsV3AbandonedCartSettings",
        "AbandonedCartEmailsV3AbandonedCartSettingsCreate",
        "AbandonedCartEmailsV3AbandonedCartSettingsUpdate",
    ),
    "abandoned_cart_info_full": (
        "AbandonedCartInfoFull",
        "AbandonedCartInfoFullCreate",
        "AbandonedCartInfoFullUpdate",
    ),
    "abandoned_carts_v3_abandoned_cart_settings": (
        "AbandonedCartsV3AbandonedCartSettings",
        "AbandonedCartsV3AbandonedCartSettingsCreate",
        "AbandonedCartsV3AbandonedCartSettingsUpdate",
    ),
    "access_tokens_payments_v3_order": (
        "AccessTokensPaymentsV3Order",
        "AccessTokensPaymentsV3OrderCreate",
        "AccessTokensPaymentsV3OrderUpdate",
    ),
    "action": (
        "Action",
        "ActionCreate",
        "ActionUpdate",
    ),
    "activate": (
        "Activate",
        "ActivateCreate",
        "ActivateUpdate",
    ),
    "active_theme": (
        "ActiveTheme",
        "ActiveThemeCreate",
        "ActiveThemeUpdate",
    ),
    "add_checkout_discount_request": (
        "AddCheckoutDiscountRequest",
        "AddCheckoutDiscountRequestCreate",
        "AddCheckoutDiscountRequestUpdate",
    ),
    "add_checkout_discount_request_cart": (
        "AddCheckoutDiscountRequestCart",
        "AddCheckoutDiscountRequestCartCreate",
        "AddCheckoutDiscountRequestCartUpdate",
    ),
    "add_checkout_discount_request_cart_discounts_item": (
        "AddCheckoutDiscountRequestCartDiscountsItem",
        "AddCheckoutDiscountRequestCartDiscountsItemCreate",
        "AddCheckoutDiscountRequestCartDiscountsItemUpdate",
    ),
    "add_checkout_discount_request_cart_line_items_item": (
        "AddCheckoutDiscountRequestCartLineItemsItem",
        "AddCheckoutDiscountRequestCartLineItemsItemCreate",
        "AddCheckoutDiscountRequestCartLineItemsItemUpdate",
    ),
    "add_fees_request": (
        "AddFeesRequest",
        "AddFeesRequestCreate",
        "AddFeesRequestUpdate",
    ),
    "address_collection_response_data_item": (
        "AddressCollectionResponseDataItem",
        "AddressCollectionResponseDataItemCreate",
        "AddressCollectionResponseDataItemUpdate",
    ),
    "address_collection_response_post_put_response_data_item": (
        "AddressCollectionResponsePostPutResponseDataItem",
        "AddressCollectionResponsePostPutResponseDataItemCreate",
        "AddressCollectionResponsePostPutResponseDataItemUpdate",
    ),
    "address_full": (
        "AddressFull",
        "AddressFullCreate",
        "AddressFullUpdate",
    ),
    "address_matcher": (
        "AddressMatcher",
        "AddressMatcherCreate",
        "AddressMatcherUpdate",
    ),
    "address_post": (
        "AddressPost",
        "AddressPostCreate",
        "AddressPostUpdate",
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
        "AddressPutCreate",
        "AddressPutUpdate",
    ),
    "adjuster_full": (
        "AdjusterFull",
        "AdjusterFullCreate",
        "AdjusterFullUpdate",
    ),
    "adjusters_full": (
        "AdjustersFull",
        "AdjustersFullCreate",
        "AdjustersFullUpdate",
    ),
    "adjusters_full_purchasing_disabled": (
        "AdjustersFullPurchasingDisabled",
        "AdjustersFullPurchasingDisabledCreate",
        "AdjustersFullPurchasingDisabledUpdate",
    ),
    "adjustments_absolute_request": (
        "AdjustmentsAbsoluteRequest",
        "AdjustmentsAbsoluteRequestCreate",
        "AdjustmentsAbsoluteRequestUpdate",
    ),
    "adjustments_absolute_request_items_item": (
        "AdjustmentsAbsoluteRequestItemsItem",
        "AdjustmentsAbsoluteRequestItemsItemCreate",
        "AdjustmentsAbsoluteRequestItemsItemUpdate",
    ),
    "adjustments_relative_request": (
        "AdjustmentsRelativeRequest",
        "AdjustmentsRelativeRequestCreate",
        "AdjustmentsRelativeRequestUpdate",
    ),
    "adjustments_relative_request_items_item": (
        "AdjustmentsRelativeRequestItemsItem",
        "AdjustmentsRelativeRequestItemsItemCreate",
        "AdjustmentsRelativeRequestItemsItemUpdate",
    ),
    "analytics_provider": (
        "AnalyticsProvider",
        "AnalyticsProviderCreate",
        "AnalyticsProviderUpdate",
    ),
    "assignment_for_get_response": (
        "AssignmentForGetResponse",
        "AssignmentForGetResponseCreate",
        "AssignmentForGetResponseUpdate",
    ),
    "assignment_for_put_request": (
        "AssignmentForPutRequest",
        "AssignmentForPutRequestCreate",
        "AssignmentForPutRequestUpdate",
    ),
    "assignment_for_put_response_data": (
        "AssignmentForPutResponseData",
        "AssignmentForPutResponseDataCreate",
        "AssignmentForPutResponseDataUpdate",
    ),
    "assignments_for_request": (
        "AssignmentsForRequest",
        "AssignmentsForRequestCreate",
        "AssignmentsForRequestUpdate",
    ),
    "attribute_full": (
        "AttributeFull",
        "AttributeFullCreate",
        "AttributeFullUpdate",
    ),
    "attribute_post": (
        "AttributePost",
        "AttributePostCreate",
        "AttributePostUpdate",
    ),
    "attribute_put": (
        "AttributePut",
        "AttributePutCreate",
        "AttributePutUpdate",
    ),
    "attribute_value_base": (
        "AttributeValueBase",
        "AttributeValueBaseCreate",
        "AttributeValueBaseUpdate",
    ),
    "availability_by_week_day": (
        "AvailabilityByWeekDay",
        "AvailabilityByWeekDayCreate",
        "AvailabilityByWeekDayUpdate",
    ),
    "available_filter": (
        "AvailableFilter",
        "AvailableFilterCreate",
        "AvailableFilterUpdate",
    ),
    "available_item": (
        "AvailableItem",
        "AvailableItemCreate",
        "AvailableItemUpdate",
    ),
    "banner": (
        "Banner",
        "BannerCreate",
        "BannerUpdate",
    ),
    "base_fee": (
        "BaseFee",
        "BaseFeeCreate",
        "BaseFeeUpdate",
    ),
    "base_pickup_method": (
        "BasePickupMethod",
        "BasePickupMethodCreate",
        "BasePickupMethodUpdate",
    ),
    "billing_address": (
        "BillingAddress",
        "BillingAddressCreate",
        "BillingAddressUpdate",
    ),
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
    "blog_tags_item": (
        "BlogTagsItem",
        "BlogTagsItemCreate",
        "BlogTagsItemUpdate",
    ),
    "brand": (
        "Brand",
        "BrandCreate",
        "BrandUpdate",
    ),
    "brand_full": (
        "BrandFull",
        "BrandFullCreate",
        "BrandFullUpdate",
    ),
    "brands_catalog_v3_custom_url_full": (
        "BrandsCatalogV3CustomUrlFull",
        "BrandsCatalogV3CustomUrlFullCreate",
        "BrandsCatalogV3CustomUrlFullUpdate",
    ),
    "brands_catalog_v3_metafield": (
        "BrandsCatalogV3Metafield",
        "BrandsCatalogV3MetafieldCreate",
        "BrandsCatalogV3MetafieldUpdate",
    ),
    "brands_catalog_v3_metafield_base": (
        "BrandsCatalogV3MetafieldBase",
        "BrandsCatalogV3MetafieldBaseCreate",
        "BrandsCatalogV3MetafieldBaseUpdate",
    ),
    "brands_catalog_v3_metafield_full": (
        "BrandsCatalogV3MetafieldFull",
        "BrandsCatalogV3MetafieldFullCreate",
        "BrandsCatalogV3MetafieldFullUpdate",
    ),
    "bulk_coupon_code": (
        "BulkCouponCode",
        "BulkCouponCodeCreate",
        "BulkCouponCodeUpdate",
    ),
    "bulk_coupon_codes_response_data": (
        "BulkCouponCodesResponseData",
        "BulkCouponCodesResponseDataCreate",
        "BulkCouponCodesResponseDataUpdate",
    ),
    "bulk_pricing_rule_full": (
        "BulkPricingRuleFull",
        "BulkPricingRuleFullCreate",
        "BulkPricingRuleFullUpdate",
    ),
    "bulk_pricing_tier_tax_discount_amount_item": (
        "BulkPricingTierTaxDiscountAmountItem",
        "BulkPricingTierTaxDiscountAmountItemCreate",
        "BulkPricingTierTaxDiscountAmountItemUpdate",
    ),
    "callback_category_data_data": (
        "CallbackCategoryDataData",
        "CallbackCategoryDataDataCreate",
        "CallbackCategoryDataDataUpdate",
    ),
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
        "CartCreatePostDataUpdate",
    ),
    "cart_create_post_data_currency": (
        "CartCreatePostDataCurrency",
        "CartCreatePostDataCurrencyCreate",
        "CartCreatePostDataCurrencyUpdate",
    ),
    "cart_create_post_data_gift_certificates_item": (
        "CartCreatePostDataGiftCertificatesItem",
        "CartCreatePostDataGiftCertificatesItemCreate",
        "CartCreatePostDataGiftCertificatesItemUpdate",
    ),
    "cart_create_post_data_gift_certificates_item_recipient": (
        "CartCreatePostDataGiftCertificatesItemRecipient",
        "CartCreatePostDataGiftCertificatesItemRecipientCreate",
        "CartCreatePostDataGiftCertificatesItemRecipientUpdate",
    ),
    "cart_create_post_data_gift_certificates_item_sender": (
        "CartCreatePostDataGiftCertificatesItemSender",
        "CartCreatePostDataGiftCertificatesItemSenderCreate",
        "CartCreatePostDataGiftCertificatesItemSenderUpdate",
    ),
    "cart_create_post_data_line_items_item": (
        "CartCreatePostDataLineItemsItem",
        "CartCreatePostDataLineItemsItemCreate",
        "CartCreatePostDataLineItemsItemUpdate",
    ),
    "cart_full": (
        "CartFull",
        "CartFullCreate",
        "CartFullUpdate",
    ),
    "cart_full_currency": (
        "CartFullCurrency",
        "CartFullCurrencyCreate",
        "CartFullCurrencyUpdate",
    ),
    "cart_full_discounts_item": (
        "CartFullDiscountsItem",
        "CartFullDiscountsItemCreate",
        "CartFullDiscountsItemUpdate",
    ),
    "cart_full_promotions": (
        "CartFullPromotions",
        "CartFullPromotionsCreate",
        "CartFullPromotionsUpdate",
    ),
    "cart_full_promotions_banners": (
        "CartFullPromotionsBanners",
        "CartFullPromotionsBannersCreate",
        "CartFullPromotionsBannersUpdate",
    ),
    "cart_items_action_cart_items": (
        "CartItemsActionCartItems",
        "CartItemsActionCartItemsCreate",
        "CartItemsActionCartItemsUpdate",
    ),
    "cart_line_item_delete": (
        "CartLineItemDelete",
        "CartLineItemDeleteCreate",
        "CartLineItemDeleteUpdate",
    ),
    "cart_line_item_update_post": (
        "CartLineItemUpdatePost",
        "CartLineItemUpdatePostCreate",
        "CartLineItemUpdatePostUpdate",
    ),
    "cart_line_item_update_post_gift_certificates_item": (
        "CartLineItemUpdatePostGiftCertificatesItem",
        "CartLineItemUpdatePostGiftCertificatesItemCreate",
        "CartLineItemUpdatePostGiftCertificatesItemUpdate",
    ),
    "cart_line_item_update_post_gift_certificates_item_recipient": (
        "CartLineItemUpdatePostGiftCertificatesItemRecipient",
        "CartLineItemUpdatePostGiftCertificatesItemRecipientCreate",
        "CartLineItemUpdatePostGiftCertificatesItemRecipientUpdate",
    ),
    "cart_line_item_update_post_gift_certificates_item_sender": (
        "CartLineItemUpdatePostGiftCertificatesItemSender",
        "CartLineItemUpdatePostGiftCertificatesItemSenderCreate",
        "CartLineItemUpdatePostGiftCertificatesItemSenderUpdate",
    ),
    "cart_line_item_update_post_line_items_item": (
        "CartLineItemUpdatePostLineItemsItem",
        "CartLineItemUpdatePostLineItemsItemCreate",
        "CartLineItemUpdatePostLineItemsItemUpdate",
    ),
    "cart_line_item_update_put": (
        "CartLineItemUpdatePut",
        "CartLineItemUpdatePutCreate",
        "CartLineItemUpdatePutUpdate",
    ),
    "cart_line_item_update_put_gift_certificates_item": (
        "CartLineItemUpdatePutGiftCertificatesItem",
        "CartLineItemUpdatePutGiftCertificatesItemCreate",
        "CartLineItemUpdatePutGiftCertificatesItemUpdate",
    ),
    "cart_line_item_update_put_gift_certificates_item_recipient": (
        "CartLineItemUpdatePutGiftCertificatesItemRecipient",
        "CartLineItemUpdatePutGiftCertificatesItemRecipientCreate",
        "CartLineItemUpdatePutGiftCertificatesItemRecipientUpdate",
    ),
    "cart_line_item_update_put_gift_certificates_item_sender": (
        "CartLineItemUpdatePutGiftCertificatesItemSender",
        "CartLineItemUpdatePutGiftCertificatesItemSenderCreate",
        "CartLineItemUpdatePutGiftCertificatesItemSenderUpdate",
    ),
    "cart_line_item_update_put_line_item": (
        "CartLineItemUpdatePutLineItem",
        "CartLineItemUpdatePutLineItemCreate",
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
    "cart_redirect_response_data": (
        "CartRedirectResponseData",
        "CartRedirectResponseDataCreate",
        "CartRedirectResponseDataUpdate",
    ),
    "cart_settings": (
        "CartSettings",
        "CartSettingsCreate",
        "CartSettingsUpdate",
    ),
    "cart_update_put_request_data": (
        "CartUpdatePutRequestData",
        "CartUpdatePutRequestDataCreate",
        "CartUpdatePutRequestDataUpdate",
    ),
    "cart_value_action_cart_value": (
        "CartValueActionCartValue",
        "CartValueActionCartValueCreate",
        "CartValueActionCartValueUpdate",
    ),
    "carts_v3_applied_coupon": (
        "CartsV3AppliedCoupon",
        "CartsV3AppliedCouponCreate",
        "CartsV3AppliedCouponUpdate",
    ),
    "carts_v3_metafield": (
        "CartsV3Metafield",
        "CartsV3MetafieldCreate",
        "CartsV3MetafieldUpdate",
    ),
    "catalog_settings": (
        "CatalogSettings",
        "CatalogSettingsCreate",
        "CatalogSettingsUpdate",
    ),
    "categories_catalog_v3_metafield_full": (
        "CategoriesCatalogV3MetafieldFull",
        "CategoriesCatalogV3MetafieldFullCreate",
        "CategoriesCatalogV3MetafieldFullUpdate",
    ),
    "categories_catalog_v3_url": (
        "CategoriesCatalogV3Url",
        "CategoriesCatalogV3UrlCreate",
        "CategoriesCatalogV3UrlUpdate",
    ),
    "category": (
        "Category",
        "CategoryCreate",
        "CategoryUpdate",
    ),
    "category_full": (
        "CategoryFull",
        "CategoryFullCreate",
        "CategoryFullUpdate",
    ),
    "category_node": (
        "CategoryNode",
        "CategoryNodeCreate",
        "CategoryNodeUpdate",
    ),
    "category_trees_catalog_v3_url": (
        "CategoryTreesCatalogV3Url",
        "CategoryTreesCatalogV3UrlCreate",
        "CategoryTreesCatalogV3UrlUpdate",
    ),
    "certificate_response_data": (
        "CertificateResponseData",
        "CertificateResponseDataCreate",
        "CertificateResponseDataUpdate",
    ),
    "certificate_write": (
        "CertificateWrite",
        "CertificateWriteCreate",
        "CertificateWriteUpdate",
    ),
    "channel_abandoned_cart_settings": (
        "ChannelAbandonedCartSettings",
        "ChannelAbandonedCartSettingsCreate",
        "ChannelAbandonedCartSettingsUpdate",
    ),
    "channel_cart_settings": (
        "ChannelCartSettings",
        "ChannelCartSettingsCreate",
        "ChannelCartSettingsUpdate",
    ),
    "channel_checkouts_settings": (
        "ChannelCheckoutsSettings",
        "ChannelCheckoutsSettingsCreate",
        "ChannelCheckoutsSettingsUpdate",
    ),
    "channel_menus_post": (
        "ChannelMenusPost",
        "ChannelMenusPostCreate",
        "ChannelMenusPostUpdate",
    ),
    "channel_menus_resp_response_data": (
        "ChannelMenusRespResponseData",
        "ChannelMenusRespResponseDataCreate",
        "ChannelMenusRespResponseDataUpdate",
    ),
    "channel_order_settings": (
        "ChannelOrderSettings",
        "ChannelOrderSettingsCreate",
        "ChannelOrderSettingsUpdate",
    ),
    "channel_order_settings_notifications": (
        "ChannelOrderSettingsNotifications",
        "ChannelOrderSettingsNotificationsCreate",
        "ChannelOrderSettingsNotificationsUpdate",
    ),
    "channel_order_settings_notifications_forward_invoice": (
        "ChannelOrderSettingsNotificationsForwardInvoice",
        "ChannelOrderSettingsNotificationsForwardInvoiceCreate",
        "ChannelOrderSettingsNotificationsForwardInvoiceUpdate",
    ),
    "channel_order_settings_notifications_order_placed": (
        "ChannelOrderSettingsNotificationsOrderPlaced",
        "ChannelOrderSettingsNotificationsOrderPlacedCreate",
        "ChannelOrderSettingsNotificationsOrderPlacedUpdate",
    ),
    "channel_product_variant_full": (
        "ChannelProductVariantFull",
        "ChannelProductVariantFullCreate",
        "ChannelProductVariantFullUpdate",
    ),
    "channel_product_variant_partial": (
        "ChannelProductVariantPartial",
        "ChannelProductVariantPartialCreate",
        "ChannelProductVariantPartialUpdate",
    ),
    "channel_shipping_settings": (
        "ChannelShippingSettings",
        "ChannelShippingSettingsCreate",
        "ChannelShippingSettingsUpdate",
    ),
    "channel_shipping_settings_checkout": (
        "ChannelShippingSettingsCheckout",
        "ChannelShippingSettingsCheckoutCreate",
        "ChannelShippingSettingsCheckoutUpdate",
    ),
    "channel_with_currencies": (
        "ChannelWithCurrencies",
        "ChannelWithCurrenciesCreate",
        "ChannelWithCurrenciesUpdate",
    ),
    "channel_without_currencies": (
        "ChannelWithoutCurrencies",
        "ChannelWithoutCurrenciesCreate",
        "ChannelWithoutCurrenciesUpdate",
    ),
    "channels_v3_site": (
        "ChannelsV3Site",
        "ChannelsV3SiteCreate",
        "ChannelsV3SiteUpdate",
    ),
    "channels_v3_url": (
        "ChannelsV3Url",
        "ChannelsV3UrlCreate",
        "ChannelsV3UrlUpdate",
    ),
    "checkout": (
        "Checkout",
        "CheckoutCreate",
        "CheckoutUpdate",
    ),
    "checkout_billing_address": (
        "CheckoutBillingAddress",
        "CheckoutBillingAddressCreate",
        "CheckoutBillingAddressUpdate",
    ),
    "checkout_billing_address_custom_fields_item": (
        "CheckoutBillingAddressCustomFieldsItem",
        "CheckoutBillingAddressCustomFieldsItemCreate",
        "CheckoutBillingAddressCustomFieldsItemUpdate",
    ),
    "checkout_cart": (
        "CheckoutCart",
        "CheckoutCartCreate",
        "CheckoutCartUpdate",
    ),
    "checkout_cart_coupons_item": (
        "CheckoutCartCouponsItem",
        "CheckoutCartCouponsItemCreate",
        "CheckoutCartCouponsItemUpdate",
    ),
    "checkout_cart_currency": (
        "CheckoutCartCurrency",
        "CheckoutCartCurrencyCreate",
        "CheckoutCartCurrencyUpdate",
    ),
    "checkout_cart_discounts_item": (
        "CheckoutCartDiscountsItem",
        "CheckoutCartDiscountsItemCreate",
        "CheckoutCartDiscountsItemUpdate",
    ),
    "checkout_cart_line_items": (
        "CheckoutCartLineItems",
        "CheckoutCartLineItemsCreate",
        "CheckoutCartLineItemsUpdate",
    ),
    "checkout_cart_line_items_custom_items_item": (
        "CheckoutCartLineItemsCustomItemsItem",
        "CheckoutCartLineItemsCustomItemsItemCreate",
        "CheckoutCartLineItemsCustomItemsItemUpdate",
    ),
    "checkout_cart_line_items_digital_items_item": (
        "CheckoutCartLineItemsDigitalItemsItem",
        "CheckoutCartLineItemsDigitalItemsItemCreate",
        "CheckoutCartLineItemsDigitalItemsItemUpdate",
    ),
    "checkout_cart_line_items_digital_items_item_discounts_item": (
        "CheckoutCartLineItemsDigitalItemsItemDiscountsItem",
        "CheckoutCartLineItemsDigitalItemsItemDiscountsItemCreate",
        "CheckoutCartLineItemsDigitalItemsItemDiscountsItemUpdate",
    ),
    "checkout_cart_line_items_gift_certificates_item": (
        "CheckoutCartLineItemsGiftCertificatesItem",
        "CheckoutCartLineItemsGiftCertificatesItemCreate",
        "CheckoutCartLineItemsGiftCertificatesItemUpdate",
    ),
    "checkout_cart_line_items_gift_certificates_item_recipient": (
        "CheckoutCartLineItemsGiftCertificatesItemRecipient",
        "CheckoutCartLineItemsGiftCertificatesItemRecipientCreate",
        "CheckoutCartLineItemsGiftCertificatesItemRecipientUpdate",
    ),
    "checkout_cart_line_items_gift_certificates_item_sender": (
        "CheckoutCartLineItemsGiftCertificatesItemSender",
        "CheckoutCartLineItemsGiftCertificatesItemSenderCreate",
        "CheckoutCartLineItemsGiftCertificatesItemSenderUpdate",
    ),
    "checkout_cart_line_items_physical_items_item": (
        "CheckoutCartLineItemsPhysicalItemsItem",
        "CheckoutCartLineItemsPhysicalItemsItemCreate",
        "CheckoutCartLineItemsPhysicalItemsItemUpdate",
    ),
    "checkout_cart_line_items_physical_items_item_discounts_item": (
        "CheckoutCartLineItemsPhysicalItemsItemDiscountsItem",
        "CheckoutCartLineItemsPhysicalItemsItemDiscountsItemCreate",
        "CheckoutCartLineItemsPhysicalItemsItemDiscountsItemUpdate",
    ),
    "checkout_cart_line_items_physical_items_item_gift_wrapping": (
        "CheckoutCartLineItemsPhysicalItemsItemGiftWrapping",
        "CheckoutCartLineItemsPhysicalItemsItemGiftWrappingCreate",
        "CheckoutCartLineItemsPhysicalItemsItemGiftWrappingUpdate",
    ),
    "checkout_consignments_item": (
        "CheckoutConsignmentsItem",
        "CheckoutConsignmentsItemCreate",
        "CheckoutConsignmentsItemUpdate",
    ),
    "checkout_consignments_item_address": (
        "CheckoutConsignmentsItemAddress",
        "CheckoutConsignmentsItemAddressCreate",
        "CheckoutConsignmentsItemAddressUpdate",
    ),
    "checkout_consignments_item_address_custom_fields_item": (
        "CheckoutConsignmentsItemAddressCustomFieldsItem",
        "CheckoutConsignmentsItemAddressCustomFieldsItemCreate",
        "CheckoutConsignmentsItemAddressCustomFieldsItemUpdate",
    ),
    "checkout_consignments_item_available_shipping_options_item": (
        "CheckoutConsignmentsItemAvailableShippingOptionsItem",
        "CheckoutConsignmentsItemAvailableShippingOptionsItemCreate",
        "CheckoutConsignmentsItemAvailableShippingOptionsItemUpdate",
    ),
    "checkout_consignments_item_coupon_discounts_item": (
        "CheckoutConsignmentsItemCouponDiscountsItem",
        "CheckoutConsignmentsItemCouponDiscountsItemCreate",
        "CheckoutConsignmentsItemCouponDiscountsItemUpdate",
    ),
    "checkout_consignments_item_discounts_item": (
        "CheckoutConsignmentsItemDiscountsItem",
        "CheckoutConsignmentsItemDiscountsItemCreate",
        "CheckoutConsignmentsItemDiscountsItemUpdate",
    ),
    "checkout_consignments_item_selected_shipping_option": (
        "CheckoutConsignmentsItemSelectedShippingOption",
        "CheckoutConsignmentsItemSelectedShippingOptionCreate",
        "CheckoutConsignmentsItemSelectedShippingOptionUpdate",
    ),
    "checkout_fee": (
        "CheckoutFee",
        "CheckoutFeeCreate",
        "CheckoutFeeUpdate",
    ),
    "checkout_promotions_item": (
        "CheckoutPromotionsItem",
        "CheckoutPromotionsItemCreate",
        "CheckoutPromotionsItemUpdate",
    ),
    "checkout_promotions_item_banners_item": (
        "CheckoutPromotionsItemBannersItem",
        "CheckoutPromotionsItemBannersItemCreate",
        "CheckoutPromotionsItemBannersItemUpdate",
    ),
    "checkout_put": (
        "CheckoutPut",
        "CheckoutPutCreate",
        "CheckoutPutUpdate",
    ),
    "checkout_taxes_item": (
        "CheckoutTaxesItem",
        "CheckoutTaxesItemCreate",
        "CheckoutTaxesItemUpdate",
    ),
    "checkouts_settings": (
        "CheckoutsSettings",
        "CheckoutsSettingsCreate",
        "CheckoutsSettingsUpdate",
    ),
    "checkouts_settings_request": (
        "CheckoutsSettingsRequest",
        "CheckoutsSettingsRequestCreate",
        "CheckoutsSettingsRequestUpdate",
    ),
    "checkouts_v3_applied_coupon": (
        "CheckoutsV3AppliedCoupon",
        "CheckoutsV3AppliedCouponCreate",
        "CheckoutsV3AppliedCouponUpdate",
    ),
    "checkouts_v3_order": (
        "CheckoutsV3Order",
        "CheckoutsV3OrderCreate",
        "CheckoutsV3OrderUpdate",
    ),
    "checkouts_v3_pickup_option": (
        "CheckoutsV3PickupOption",
        "CheckoutsV3PickupOptionCreate",
        "CheckoutsV3PickupOptionUpdate",
    ),
    "complex_rule_base": (
        "ComplexRuleBase",
        "ComplexRuleBaseCreate",
        "ComplexRuleBaseUpdate",
    ),
    "complex_rule_condition_base": (
        "ComplexRuleConditionBase",
        "ComplexRuleConditionBaseCreate",
        "ComplexRuleConditionBaseUpdate",
    ),
    "condition": (
        "Condition",
        "ConditionCreate",
        "ConditionUpdate",
    ),
    "conditions_request_item": (
        "ConditionsRequestItem",
        "ConditionsRequestItemCreate",
        "ConditionsRequestItemUpdate",
    ),
    "configured_filter": (
        "ConfiguredFilter",
        "ConfiguredFilterCreate",
        "ConfiguredFilterUpdate",
    ),
    "configured_filters_override": (
        "ConfiguredFiltersOverride",
        "ConfiguredFiltersOverrideCreate",
        "ConfiguredFiltersOverrideUpdate",
    ),
    "consent_full": (
        "ConsentFull",
        "ConsentFullCreate",
        "ConsentFullUpdate",
    ),
    "coordinates": (
        "Coordinates",
        "CoordinatesCreate",
        "CoordinatesUpdate",
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
        "CouponCodeRequestUpdate",
    ),
    "coupon_restricted_to": (
        "CouponRestrictedTo",
        "CouponRestrictedToCreate",
        "CouponRestrictedToUpdate",
    ),
    "create_brand_image_request": (
        "CreateBrandImageRequest",
        "CreateBrandImageRequestCreate",
        "CreateBrandImageRequestUpdate",
    ),
    "create_brand_image_response_data": (
        "CreateBrandImageResponseData",
        "CreateBrandImageResponseDataCreate",
        "CreateBrandImageResponseDataUpdate",
    ),
    "create_brand_request": (
        "CreateBrandRequest",
        "CreateBrandRequestCreate",
        "CreateBrandRequestUpdate",
    ),
    "create_brand_request_custom_url": (
        "CreateBrandRequestCustomUrl",
        "CreateBrandRequestCustomUrlCreate",
        "CreateBrandRequestCustomUrlUpdate",
    ),
    "create_brand_response_data": (
        "CreateBrandResponseData",
        "CreateBrandResponseDataCreate",
        "CreateBrandResponseDataUpdate",
    ),
    "create_brand_response_data_custom_url": (
        "CreateBrandResponseDataCustomUrl",
        "CreateBrandResponseDataCustomUrlCreate",
        "CreateBrandResponseDataCustomUrlUpdate",
    ),
    "create_brands_metafields_request_item": (
        "CreateBrandsMetafieldsRequestItem",
        "CreateBrandsMetafieldsRequestItemCreate",
        "CreateBrandsMetafieldsRequestItemUpdate",
    ),
    "create_bulk_pricing_rule_response_data": (
        "CreateBulkPricingRuleResponseData",
        "CreateBulkPricingRuleResponseDataCreate",
        "CreateBulkPricingRuleResponseDataUpdate",
    ),
    "create_carts_metafields_request_item": (
        "CreateCartsMetafieldsRequestItem",
        "CreateCartsMetafieldsRequestItemCreate",
        "CreateCartsMetafieldsRequestItemUpdate",
    ),
    "create_categories_item": (
        "CreateCategoriesItem",
        "CreateCategoriesItemCreate",
        "CreateCategoriesItemUpdate",
    ),
    "create_categories_metafields_request_item": (
        "CreateCategoriesMetafieldsRequestItem",
        "CreateCategoriesMetafieldsRequestItemCreate",
        "CreateCategoriesMetafieldsRequestItemUpdate",
    ),
    "create_category_image_request": (
        "CreateCategoryImageRequest",
        "CreateCategoryImageRequestCreate",
        "CreateCategoryImageRequestUpdate",
    ),
    "create_category_image_response_data": (
        "CreateCategoryImageResponseData",
        "CreateCategoryImageResponseDataCreate",
        "CreateCategoryImageResponseDataUpdate",
    ),
    "create_category_request": (
        "CreateCategoryRequest",
        "CreateCategoryRequestCreate",
        "CreateCategoryRequestUpdate",
    ),
    "create_category_request_custom_url": (
        "CreateCategoryRequestCustomUrl",
        "CreateCategoryRequestCustomUrlCreate",
        "CreateCategoryRequestCustomUrlUpdate",
    ),
    "create_channel_req": (
        "CreateChannelReq",
        "CreateChannelReqCreate",
        "CreateChannelReqUpdate",
    ),
    "create_checkout_token_request": (
        "CreateCheckoutTokenRequest",
        "CreateCheckoutTokenRequestCreate",
        "CreateCheckoutTokenRequestUpdate",
    ),
    "create_checkout_token_response": (
        "CreateCheckoutTokenResponse",
        "CreateCheckoutTokenResponseCreate",
        "CreateCheckoutTokenResponseUpdate",
    ),
    "create_consignment_request_item": (
        "CreateConsignmentRequestItem",
        "CreateConsignmentRequestItemCreate",
        "CreateConsignmentRequestItemUpdate",
    ),
    "create_consignment_request_item_address": (
        "CreateConsignmentRequestItemAddress",
        "CreateConsignmentRequestItemAddressCreate",
        "CreateConsignmentRequestItemAddressUpdate",
    ),
    "create_consignment_request_item_address_custom_fields_item": (
        "CreateConsignmentRequestItemAddressCustomFieldsItem",
        "CreateConsignmentRequestItemAddressCustomFieldsItemCreate",
        "CreateConsignmentRequestItemAddressCustomFieldsItemUpdate",
    ),
    "create_consignment_request_item_line_items_item": (
        "CreateConsignmentRequestItemLineItemsItem",
        "CreateConsignmentRequestItemLineItemsItemCreate",
        "CreateConsignmentRequestItemLineItemsItemUpdate",
    ),
    "create_consignment_request_item_pickup_option": (
        "CreateConsignmentRequestItemPickupOption",
        "CreateConsignmentRequestItemPickupOptionCreate",
        "CreateConsignmentRequestItemPickupOptionUpdate",
    ),
    "create_customers_metafields_request_item": (
        "CreateCustomersMetafieldsRequestItem",
        "CreateCustomersMetafieldsRequestItemCreate",
        "CreateCustomersMetafieldsRequestItemUpdate",
    ),
    "create_deployment_request": (
        "CreateDeploymentRequest",
        "CreateDeploymentRequestCreate",
        "CreateDeploymentRequestUpdate",
    ),
    "create_deployment_response": (
        "CreateDeploymentResponse",
        "CreateDeploymentResponseCreate",
        "CreateDeploymentResponseUpdate",
    ),
    "create_locations_metafields_request_item": (
        "CreateLocationsMetafieldsRequestItem",
        "CreateLocationsMetafieldsRequestItemCreate",
        "CreateLocationsMetafieldsRequestItemUpdate",
    ),
    "create_orders_metafields_request_item": (
        "CreateOrdersMetafieldsRequestItem",
        "CreateOrdersMetafieldsRequestItemCreate",
        "CreateOrdersMetafieldsRequestItemUpdate",
    ),
    "create_payment_access_token_request": (
        "CreatePaymentAccessTokenRequest",
        "CreatePaymentAccessTokenRequestCreate",
        "CreatePaymentAccessTokenRequestUpdate",
    ),
    "create_payment_access_token_response_data": (
        "CreatePaymentAccessTokenResponseData",
        "CreatePaymentAccessTokenResponseDataCreate",
        "CreatePaymentAccessTokenResponseDataUpdate",
    ),
    "create_price_list_records_request_item": (
        "CreatePriceListRecordsRequestItem",
        "CreatePriceListRecordsRequestItemCreate",
        "CreatePriceListRecordsRequestItemUpdate",
    ),
    "create_price_list_records_request_item_bulk_pricin_7e32d037": (
        "CreatePriceListRecordsRequestItemBulkPricingTiersItem",
        "CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate",
        "CreatePriceListRecordsRequestItemBulkPricingTiersItemUpdate",
    ),
    "create_price_list_request": (
        "CreatePriceListRequest",
        "CreatePriceListRequestCreate",
        "CreatePriceListRequestUpdate",
    ),
    "create_price_list_response_data": (
        "CreatePriceListResponseData",
        "CreatePriceListResponseDataCreate",
        "CreatePriceListResponseDataUpdate",
    ),
    "create_product_complex_rule_request": (
        "CreateProductComplexRuleRequest",
        "CreateProductComplexRuleRequestCreate",
        "CreateProductComplexRuleRequestUpdate",
    ),
    "create_product_complex_rule_request_price_adjuster": (
        "CreateProductComplexRuleRequestPriceAdjuster",
        "CreateProductComplexRuleRequestPriceAdjusterCreate",
        "CreateProductComplexRuleRequestPriceAdjusterUpdate",
    ),
    "create_product_complex_rule_request_weight_adjuster": (
        "CreateProductComplexRuleRequestWeightAdjuster",
        "CreateProductComplexRuleRequestWeightAdjusterCreate",
        "CreateProductComplexRuleRequestWeightAdjusterUpdate",
    ),
    "create_product_complex_rule_response_data": (
        "CreateProductComplexRuleResponseData",
        "CreateProductComplexRuleResponseDataCreate",
        "CreateProductComplexRuleResponseDataUpdate",
    ),
    "create_product_complex_rule_response_data_conditions_item": (
        "CreateProductComplexRuleResponseDataConditionsItem",
        "CreateProductComplexRuleResponseDataConditionsItemCreate",
        "CreateProductComplexRuleResponseDataConditionsItemUpdate",
    ),
    "create_product_complex_rule_response_data_price_adjuster": (
        "CreateProductComplexRuleResponseDataPriceAdjuster",
        "CreateProductComplexRuleResponseDataPriceAdjusterCreate",
        "CreateProductComplexRuleResponseDataPriceAdjusterUpdate",
    ),
    "create_product_complex_rule_response_data_weight_adjuster": (
        "CreateProductComplexRuleResponseDataWeightAdjuster",
        "CreateProductComplexRuleResponseDataWeightAdjusterCreate",
        "CreateProductComplexRuleResponseDataWeightAdjusterUpdate",
    ),
    "create_product_image_response_data": (
        "CreateProductImageResponseData",
        "CreateProductImageResponseDataCreate",
        "CreateProductImageResponseDataUpdate",
    ),
    "create_product_modifier_image_request": (
        "CreateProductModifierImageRequest",
        "CreateProductModifierImageRequestCreate",
        "CreateProductModifierImageRequestUpdate",
    ),
    "create_product_modifier_image_response_data": (
        "CreateProductModifierImageResponseData",
        "CreateProductModifierImageResponseDataCreate",
        "CreateProductModifierImageResponseDataUpdate",
    ),
    "create_product_modifier_response_data": (
        "CreateProductModifierResponseData",
        "CreateProductModifierResponseDataCreate",
        "CreateProductModifierResponseDataUpdate",
    ),
    "create_product_modifier_value_request": (
        "CreateProductModifierValueRequest",
        "CreateProductModifierValueRequestCreate",
        "CreateProductModifierValueRequestUpdate",
    ),
    "create_product_modifier_value_request_adjusters": (
        "CreateProductModifierValueRequestAdjusters",
        "CreateProductModifierValueRequestAdjustersCreate",
        "CreateProductModifierValueRequestAdjustersUpdate",
    ),
    "create_product_modifier_value_request_adjusters_price": (
        "CreateProductModifierValueRequestAdjustersPrice",
        "CreateProductModifierValueRequestAdjustersPriceCreate",
        "CreateProductModifierValueRequestAdjustersPriceUpdate",
    ),
    "create_product_modifier_value_request_adjusters_pu_297e7a9c": (
        "CreateProductModifierValueRequestAdjustersPurchasingDisabled",
        "CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate",
        "CreateProductModifierValueRequestAdjustersPurchasingDisabledUpdate",
    ),
    "create_product_modifier_value_request_adjusters_weight": (
        "CreateProductModifierValueRequestAdjustersWeight",
        "CreateProductModifierValueRequestAdjustersWeightCreate",
        "CreateProductModifierValueRequestAdjustersWeightUpdate",
    ),
    "create_product_modifier_value_response_data": (
        "CreateProductModifierValueResponseData",
        "CreateProductModifierValueResponseDataCreate",
        "CreateProductModifierValueResponseDataUpdate",
    ),
    "create_product_modifier_value_response_data_adjust_fa98df88": (
        "CreateProductModifierValueResponseDataAdjustersPurchasingDisabled",
        "CreateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate",
        "CreateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate",
    ),
    "create_product_modifier_value_response_data_adjusters": (
        "CreateProductModifierValueResponseDataAdjusters",
        "CreateProductModifierValueResponseDataAdjustersCreate",
        "CreateProductModifierValueResponseDataAdjustersUpdate",
    ),
    "create_product_modifier_value_response_data_adjusters_price": (
        "CreateProductModifierValueResponseDataAdjustersPrice",
        "CreateProductModifierValueResponseDataAdjustersPriceCreate",
        "CreateProductModifierValueResponseDataAdjustersPriceUpdate",
    ),
    "create_product_modifier_value_response_data_adjusters_weight": (
        "CreateProductModifierValueResponseDataAdjustersWeight",
        "CreateProductModifierValueResponseDataAdjustersWeightCreate",
        "CreateProductModifierValueResponseDataAdjustersWeightUpdate",
    ),
    "create_product_review_request": (
        "CreateProductReviewRequest",
        "CreateProductReviewRequestCreate",
        "CreateProductReviewRequestUpdate",
    ),
    "create_product_review_response_data": (
        "CreateProductReviewResponseData",
        "CreateProductReviewResponseDataCreate",
        "CreateProductReviewResponseDataUpdate",
    ),
    "create_product_variant_image_request": (
        "CreateProductVariantImageRequest",
        "CreateProductVariantImageRequestCreate",
        "CreateProductVariantImageRequestUpdate",
    ),
    "create_product_variant_image_response_data": (
        "CreateProductVariantImageResponseData",
        "CreateProductVariantImageResponseDataCreate",
        "CreateProductVariantImageResponseDataUpdate",
    ),
    "create_product_variant_option_request": (
        "CreateProductVariantOptionRequest",
        "CreateProductVariantOptionRequestCreate",
        "CreateProductVariantOptionRequestUpdate",
    ),
    "create_product_variant_option_request_config": (
        "CreateProductVariantOptionRequestConfig",
        "CreateProductVariantOptionRequestConfigCreate",
        "CreateProductVariantOptionRequestConfigUpdate",
    ),
    "create_product_variant_option_request_option_values_item": (
        "CreateProductVariantOptionRequestOptionValuesItem",
        "CreateProductVariantOptionRequestOptionValuesItemCreate",
        "CreateProductVariantOptionRequestOptionValuesItemUpdate",
    ),
    "create_product_variant_option_response_data": (
        "CreateProductVariantOptionResponseData",
        "CreateProductVariantOptionResponseDataCreate",
        "CreateProductVariantOptionResponseDataUpdate",
    ),
    "create_product_variant_option_response_data_config": (
        "CreateProductVariantOptionResponseDataConfig",
        "CreateProductVariantOptionResponseDataConfigCreate",
        "CreateProductVariantOptionResponseDataConfigUpdate",
    ),
    "create_product_variant_option_response_data_option_fc4826b3": (
        "CreateProductVariantOptionResponseDataOptionValuesItem",
        "CreateProductVariantOptionResponseDataOptionValuesItemCreate",
        "CreateProductVariantOptionResponseDataOptionValuesItemUpdate",
    ),
    "create_product_variant_option_value_request": (
        "CreateProductVariantOptionValueRequest",
        "CreateProductVariantOptionValueRequestCreate",
        "CreateProductVariantOptionValueRequestUpdate",
    ),
    "create_product_variant_option_value_response_data": (
        "CreateProductVariantOptionValueResponseData",
        "CreateProductVariantOptionValueResponseDataCreate",
        "CreateProductVariantOptionValueResponseDataUpdate",
    ),
    "create_product_video_request": (
        "CreateProductVideoRequest",
        "CreateProductVideoRequestCreate",
        "CreateProductVideoRequestUpdate",
    ),
    "create_product_video_response_data": (
        "CreateProductVideoResponseData",
        "CreateProductVideoResponseDataCreate",
        "CreateProductVideoResponseDataUpdate",
    ),
    "create_products_metafields_request_item": (
        "CreateProductsMetafieldsRequestItem",
        "CreateProductsMetafieldsRequestItemCreate",
        "CreateProductsMetafieldsRequestItemUpdate",
    ),
    "create_project_request": (
        "CreateProjectRequest",
        "CreateProjectRequestCreate",
        "CreateProjectRequestUpdate",
    ),
    "create_promotion_code_request": (
        "CreatePromotionCodeRequest",
        "CreatePromotionCodeRequestCreate",
        "CreatePromotionCodeRequestUpdate",
    ),
    "create_promotion_request": (
        "CreatePromotionRequest",
        "CreatePromotionRequestCreate",
        "CreatePromotionRequestUpdate",
    ),
    "create_redirect_export_job_request": (
        "CreateRedirectExportJobRequest",
        "CreateRedirectExportJobRequestCreate",
        "CreateRedirectExportJobRequestUpdate",
    ),
    "create_redirect_export_job_response": (
        "CreateRedirectExportJobResponse",
        "CreateRedirectExportJobResponseCreate",
        "CreateRedirectExportJobResponseUpdate",
    ),
    "create_redirect_import_job_request": (
        "CreateRedirectImportJobRequest",
        "CreateRedirectImportJobRequestCreate",
        "CreateRedirectImportJobRequestUpdate",
    ),
    "create_redirect_import_job_response": (
        "CreateRedirectImportJobResponse",
        "CreateRedirectImportJobResponseCreate",
        "CreateRedirectImportJobResponseUpdate",
    ),
    "create_settings_favicon_image_request": (
        "CreateSettingsFaviconImageRequest",
        "CreateSettingsFaviconImageRequestCreate",
        "CreateSettingsFaviconImageRequestUpdate",
    ),
    "create_settings_logo_image_request": (
        "CreateSettingsLogoImageRequest",
        "CreateSettingsLogoImageRequestCreate",
        "CreateSettingsLogoImageRequestUpdate",
    ),
    "create_shipping_zones_request": (
        "CreateShippingZonesRequest",
        "CreateShippingZonesRequestCreate",
        "CreateShippingZonesRequestUpdate",
    ),
    "create_shipping_zones_request_free_shipping": (
        "CreateShippingZonesRequestFreeShipping",
        "CreateShippingZonesRequestFreeShippingCreate",
        "CreateShippingZonesRequestFreeShippingUpdate",
    ),
    "create_shipping_zones_request_handling_fees": (
        "CreateShippingZonesRequestHandlingFees",
        "CreateShippingZonesRequestHandlingFeesCreate",
        "CreateShippingZonesRequestHandlingFeesUpdate",
    ),
    "create_shipping_zones_request_locations_item": (
        "CreateShippingZonesRequestLocationsItem",
        "CreateShippingZonesRequestLocationsItemCreate",
        "CreateShippingZonesRequestLocationsItemUpdate",
    ),
    "create_shipping_zones_response": (
        "CreateShippingZonesResponse",
        "CreateShippingZonesResponseCreate",
        "CreateShippingZonesResponseUpdate",
    ),
    "create_shipping_zones_response_free_shipping": (
        "CreateShippingZonesResponseFreeShipping",
        "CreateShippingZonesResponseFreeShippingCreate",
        "CreateShippingZonesResponseFreeShippingUpdate",
    ),
    "create_shipping_zones_response_handling_fees": (
        "CreateShippingZonesResponseHandlingFees",
        "CreateShippingZonesResponseHandlingFeesCreate",
        "CreateShippingZonesResponseHandlingFeesUpdate",
    ),
    "create_shipping_zones_response_locations_item": (
        "CreateShippingZonesResponseLocationsItem",
        "CreateShippingZonesResponseLocationsItemCreate",
        "CreateShippingZonesResponseLocationsItemUpdate",
    ),
    "create_token_request": (
        "CreateTokenRequest",
        "CreateTokenRequestCreate",
        "CreateTokenRequestUpdate",
    ),
    "create_variants_metafields_request_item": (
        "CreateVariantsMetafieldsRequestItem",
        "CreateVariantsMetafieldsRequestItemCreate",
        "CreateVariantsMetafieldsRequestItemUpdate",
    ),
    "credit_card": (
        "CreditCard",
        "CreditCardCreate",
        "CreditCardUpdate",
    ),
    "currency": (
        "Currency",
        "CurrencyCreate",
        "CurrencyUpdate",
    ),
    "currency_not_required_with_channel_id": (
        "CurrencyNotRequiredWithChannelId",
        "CurrencyNotRequiredWithChannelIdCreate",
        "CurrencyNotRequiredWithChannelIdUpdate",
    ),
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
        "CustomAppSectionsItemUpdate",
    ),
    "custom_field_data": (
        "CustomFieldData",
        "CustomFieldDataCreate",
        "CustomFieldDataUpdate",
    ),
    "custom_field_post": (
        "CustomFieldPost",
        "CustomFieldPostCreate",
        "CustomFieldPostUpdate",
    ),
    "custom_field_put": (
        "CustomFieldPut",
        "CustomFieldPutCreate",
        "CustomFieldPutUpdate",
    ),
    "custom_template_association": (
        "CustomTemplateAssociation",
        "CustomTemplateAssociationCreate",
        "CustomTemplateAssociationUpdate",
    ),
    "custom_template_association_upsert": (
        "CustomTemplateAssociationUpsert",
        "CustomTemplateAssociationUpsertCreate",
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
        "CustomerAddressesCustomerPostUpdate",
    ),
    "customer_attribute_value_collection_response_data_item": (
        "CustomerAttributeValueCollectionResponseDataItem",
        "CustomerAttributeValueCollectionResponseDataItemCreate",
        "CustomerAttributeValueCollectionResponseDataItemUpdate",
    ),
    "customer_attributes_base": (
        "CustomerAttributesBase",
        "CustomerAttributesBaseCreate",
        "CustomerAttributesBaseUpdate",
    ),
    "customer_attributes_response_data_item": (
        "CustomerAttributesResponseDataItem",
        "CustomerAttributesResponseDataItemCreate",
        "CustomerAttributesResponseDataItemUpdate",
    ),
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
        "CustomerChannelSettingsObjectCreate",
        "CustomerChannelSettingsObjectUpdate",
    ),
    "customer_channel_settings_object_customer_group_settings": (
        "CustomerChannelSettingsObjectCustomerGroupSettings",
        "CustomerChannelSettingsObjectCustomerGroupSettingsCreate",
        "CustomerChannelSettingsObjectCustomerGroupSettingsUpdate",
    ),
    "customer_channel_settings_object_privacy_settings": (
        "CustomerChannelSettingsObjectPrivacySettings",
        "CustomerChannelSettingsObjectPrivacySettingsCreate",
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
        "CustomerPostUpdate",
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
        "CustomerSettingsObjectCreate",
        "CustomerSettingsObjectUpdate",
    ),
    "customer_settings_object_customer_group_settings": (
        "CustomerSettingsObjectCustomerGroupSettings",
        "CustomerSettingsObjectCustomerGroupSettingsCreate",
        "CustomerSettingsObjectCustomerGroupSettingsUpdate",
    ),
    "customer_settings_object_privacy_settings": (
        "CustomerSettingsObjectPrivacySettings",
        "CustomerSettingsObjectPrivacySettingsCreate",
        "CustomerSettingsObjectPrivacySettingsUpdate",
    ),
    "customer_stored_credit_amounts_item": (
        "CustomerStoredCreditAmountsItem",
        "CustomerStoredCreditAmountsItemCreate",
        "CustomerStoredCreditAmountsItemUpdate",
    ),
    "customers_v3_customer_full": (
        "CustomersV3CustomerFull",
        "CustomersV3CustomerFullCreate",
        "CustomersV3CustomerFullUpdate",
    ),
    "customers_v3_customer_full_authentication": (
        "CustomersV3CustomerFullAuthentication",
        "CustomersV3CustomerFullAuthenticationCreate",
        "CustomersV3CustomerFullAuthenticationUpdate",
    ),
    "customers_v3_customer_put": (
        "CustomersV3CustomerPut",
        "CustomersV3CustomerPutCreate",
        "CustomersV3CustomerPutUpdate",
    ),
    "customers_v3_metafield_full": (
        "CustomersV3MetafieldFull",
        "CustomersV3MetafieldFullCreate",
        "CustomersV3MetafieldFullUpdate",
    ),
    "customs_information": (
        "CustomsInformation",
        "CustomsInformationCreate",
        "CustomsInformationUpdate",
    ),
    "customs_information_request": (
        "CustomsInformationRequest",
        "CustomsInformationRequestCreate",
        "CustomsInformationRequestUpdate",
    ),
    "declare_customer_consent_request": (
        "DeclareCustomerConsentRequest",
        "DeclareCustomerConsentRequestCreate",
        "DeclareCustomerConsentRequestUpdate",
    ),
    "delete_carrier_connection_request": (
        "DeleteCarrierConnectionRequest",
        "DeleteCarrierConnectionRequestCreate",
        "DeleteCarrierConnectionRequestUpdate",
    ),
    "delete_consignment_request": (
        "DeleteConsignmentRequest",
        "DeleteConsignmentRequestCreate",
        "DeleteConsignmentRequestUpdate",
    ),
    "delete_coupon_code_request": (
        "DeleteCouponCodeRequest",
        "DeleteCouponCodeRequestCreate",
        "DeleteCouponCodeRequestUpdate",
    ),
    "delete_fees_request": (
        "DeleteFeesRequest",
        "DeleteFeesRequestCreate",
        "DeleteFeesRequestUpdate",
    ),
    "delete_price_list_records_response": (
        "DeletePriceListRecordsResponse",
        "DeletePriceListRecordsResponseCreate",
        "DeletePriceListRecordsResponseUpdate",
    ),
    "digital_consignment_get": (
        "DigitalConsignmentGet",
        "DigitalConsignmentGetCreate",
        "DigitalConsignmentGetUpdate",
    ),
    "digital_consignment_get_line_items_item": (
        "DigitalConsignmentGetLineItemsItem",
        "DigitalConsignmentGetLineItemsItemCreate",
        "DigitalConsignmentGetLineItemsItemUpdate",
    ),
    "discount": (
        "Discount",
        "DiscountCreate",
        "DiscountUpdate",
    ),
    "dropzone": (
        "Dropzone",
        "DropzoneCreate",
        "DropzoneUpdate",
    ),
    "email_template": (
        "EmailTemplate",
        "EmailTemplateCreate",
        "EmailTemplateUpdate",
    ),
    "enabled_transactional_emails": (
        "EnabledTransactionalEmails",
        "EnabledTransactionalEmailsCreate",
        "EnabledTransactionalEmailsUpdate",
    ),
    "environment_variable": (
        "EnvironmentVariable",
        "EnvironmentVariableCreate",
        "EnvironmentVariableUpdate",
    ),
    "fee_with_id": (
        "FeeWithId",
        "FeeWithIdCreate",
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
    "form_field_value_address": (
        "FormFieldValueAddress",
        "FormFieldValueAddressCreate",
        "FormFieldValueAddressUpdate",
    ),
    "form_field_value_collection_response_data_item": (
        "FormFieldValueCollectionResponseDataItem",
        "FormFieldValueCollectionResponseDataItemCreate",
        "FormFieldValueCollectionResponseDataItemUpdate",
    ),
    "form_field_value_customer": (
        "FormFieldValueCustomer",
        "FormFieldValueCustomerCreate",
        "FormFieldValueCustomerUpdate",
    ),
    "form_field_value_full": (
        "FormFieldValueFull",
        "FormFieldValueFullCreate",
        "FormFieldValueFullUpdate",
    ),
    "form_field_values_response_data_item": (
        "FormFieldValuesResponseDataItem",
        "FormFieldValuesResponseDataItemCreate",
        "FormFieldValuesResponseDataItemUpdate",
    ),
    "form_fields": (
        "FormFields",
        "FormFieldsCreate",
        "FormFieldsUpdate",
    ),
    "generate_promotion_codes_batch_request": (
        "GeneratePromotionCodesBatchRequest",
        "GeneratePromotionCodesBatchRequestCreate",
        "GeneratePromotionCodesBatchRequestUpdate",
    ),
    "geography_v2_count_full": (
        "GeographyV2CountFull",
        "GeographyV2CountFullCreate",
        "GeographyV2CountFullUpdate",
    ),
    "get_all_bulk_pricing_rules_response_data": (
        "GetAllBulkPricingRulesResponseData",
        "GetAllBulkPricingRulesResponseDataCreate",
        "GetAllBulkPricingRulesResponseDataUpdate",
    ),
    "get_banners_count_response": (
        "GetBannersCountResponse",
        "GetBannersCountResponseCreate",
        "GetBannersCountResponseUpdate",
    ),
    "get_bulk_pricing_rule_response_data": (
        "GetBulkPricingRuleResponseData",
        "GetBulkPricingRuleResponseDataCreate",
        "GetBulkPricingRuleResponseDataUpdate",
    ),
    "get_catalog_summary_response_data": (
        "GetCatalogSummaryResponseData",
        "GetCatalogSummaryResponseDataCreate",
        "GetCatalogSummaryResponseDataUpdate",
    ),
    "get_categories": (
        "GetCategories",
        "GetCategoriesCreate",
        "GetCategoriesUpdate",
    ),
    "get_channel_order_settings_response": (
        "GetChannelOrderSettingsResponse",
        "GetChannelOrderSettingsResponseCreate",
        "GetChannelOrderSettingsResponseUpdate",
    ),
    "get_customer_stored_instruments_response_item": (
        "GetCustomerStoredInstrumentsResponseItem",
        "GetCustomerStoredInstrumentsResponseItemCreate",
        "GetCustomerStoredInstrumentsResponseItemUpdate",
    ),
    "get_default_abandoned_cart_email_template_response": (
        "GetDefaultAbandonedCartEmailTemplateResponse",
        "GetDefaultAbandonedCartEmailTemplateResponseCreate",
        "GetDefaultAbandonedCartEmailTemplateResponseUpdate",
    ),
    "get_default_abandoned_cart_email_template_response_0bb8b572": (
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys",
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysCreate",
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysUpdate",
    ),
    "get_default_abandoned_cart_email_template_response_c1d88966": (
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem",
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemCreate",
        "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemUpdate",
    ),
    "get_global_order_settings_response": (
        "GetGlobalOrderSettingsResponse",
        "GetGlobalOrderSettingsResponseCreate",
        "GetGlobalOrderSettingsResponseUpdate",
    ),
    "get_hooks_admin_response_data": (
        "GetHooksAdminResponseData",
        "GetHooksAdminResponseDataCreate",
        "GetHooksAdminResponseDataUpdate",
    ),
    "get_hooks_admin_response_data_blocked_domains_item": (
        "GetHooksAdminResponseDataBlockedDomainsItem",
        "GetHooksAdminResponseDataBlockedDomainsItemCreate",
        "GetHooksAdminResponseDataBlockedDomainsItemUpdate",
    ),
    "get_hooks_admin_response_data_blocked_domains_item_48f3e7a4": (
        "GetHooksAdminResponseDataBlockedDomainsItemReasonsItem",
        "GetHooksAdminResponseDataBlockedDomainsItemReasonsItemCreate",
        "GetHooksAdminResponseDataBlockedDomainsItemReasonsItemUpdate",
    ),
    "get_hooks_admin_response_data_hooks_list_item": (
        "GetHooksAdminResponseDataHooksListItem",
        "GetHooksAdminResponseDataHooksListItemCreate",
        "GetHooksAdminResponseDataHooksListItemUpdate",
    ),
    "get_page_snapshot_response_data": (
        "GetPageSnapshotResponseData",
        "GetPageSnapshotResponseDataCreate",
        "GetPageSnapshotResponseDataUpdate",
    ),
    "get_price_list_record_response_data": (
        "GetPriceListRecordResponseData",
        "GetPriceListRecordResponseDataCreate",
        "GetPriceListRecordResponseDataUpdate",
    ),
    "get_price_list_record_response_data_bulk_pricing_tiers_item": (
        "GetPriceListRecordResponseDataBulkPricingTiersItem",
        "GetPriceListRecordResponseDataBulkPricingTiersItemCreate",
        "GetPriceListRecordResponseDataBulkPricingTiersItemUpdate",
    ),
    "get_price_list_records_by_variant_id_response_data_668a2a32": (
        "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItem",
        "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItemCreate",
        "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItemUpdate",
    ),
    "get_price_list_records_by_variant_id_response_data_item": (
        "GetPriceListRecordsByVariantIdResponseDataItem",
        "GetPriceListRecordsByVariantIdResponseDataItemCreate",
        "GetPriceListRecordsByVariantIdResponseDataItemUpdate",
    ),
    "get_price_list_records_response_data_item": (
        "GetPriceListRecordsResponseDataItem",
        "GetPriceListRecordsResponseDataItemCreate",
        "GetPriceListRecordsResponseDataItemUpdate",
    ),
    "get_price_list_records_response_data_item_bulk_pri_64bc8550": (
        "GetPriceListRecordsResponseDataItemBulkPricingTiersItem",
        "GetPriceListRecordsResponseDataItemBulkPricingTiersItemCreate",
        "GetPriceListRecordsResponseDataItemBulkPricingTiersItemUpdate",
    ),
    "get_price_list_response_data": (
        "GetPriceListResponseData",
        "GetPriceListResponseDataCreate",
        "GetPriceListResponseDataUpdate",
    ),
    "get_price_lists_response_data_item": (
        "GetPriceListsResponseDataItem",
        "GetPriceListsResponseDataItemCreate",
        "GetPriceListsResponseDataItemUpdate",
    ),
    "get_prices_request": (
        "GetPricesRequest",
        "GetPricesRequestCreate",
        "GetPricesRequestUpdate",
    ),
    "get_prices_request_items_item": (
        "GetPricesRequestItemsItem",
        "GetPricesRequestItemsItemCreate",
        "GetPricesRequestItemsItemUpdate",
    ),
    "get_prices_request_items_item_options_item": (
        "GetPricesRequestItemsItemOptionsItem",
        "GetPricesRequestItemsItemOptionsItemCreate",
        "GetPricesRequestItemsItemOptionsItemUpdate",
    ),
    "get_prices_response_data_item": (
        "GetPricesResponseDataItem",
        "GetPricesResponseDataItemCreate",
        "GetPricesResponseDataItemUpdate",
    ),
    "get_prices_response_data_item_calculated_price": (
        "GetPricesResponseDataItemCalculatedPrice",
        "GetPricesResponseDataItemCalculatedPriceCreate",
        "GetPricesResponseDataItemCalculatedPriceUpdate",
    ),
    "get_prices_response_data_item_minimum_advertised_price": (
        "GetPricesResponseDataItemMinimumAdvertisedPrice",
        "GetPricesResponseDataItemMinimumAdvertisedPriceCreate",
        "GetPricesResponseDataItemMinimumAdvertisedPriceUpdate",
    ),
    "get_prices_response_data_item_price": (
        "GetPricesResponseDataItemPrice",
        "GetPricesResponseDataItemPriceCreate",
        "GetPricesResponseDataItemPriceUpdate",
    ),
    "get_prices_response_data_item_price_range": (
        "GetPricesResponseDataItemPriceRange",
        "GetPricesResponseDataItemPriceRangeCreate",
        "GetPricesResponseDataItemPriceRangeUpdate",
    ),
    "get_prices_response_data_item_price_range_maximum": (
        "GetPricesResponseDataItemPriceRangeMaximum",
        "GetPricesResponseDataItemPriceRangeMaximumCreate",
        "GetPricesResponseDataItemPriceRangeMaximumUpdate",
    ),
    "get_prices_response_data_item_price_range_minimum": (
        "GetPricesResponseDataItemPriceRangeMinimum",
        "GetPricesResponseDataItemPriceRangeMinimumCreate",
        "GetPricesResponseDataItemPriceRangeMinimumUpdate",
    ),
    "get_prices_response_data_item_retail_price": (
        "GetPricesResponseDataItemRetailPrice",
        "GetPricesResponseDataItemRetailPriceCreate",
        "GetPricesResponseDataItemRetailPriceUpdate",
    ),
    "get_prices_response_data_item_retail_price_range": (
        "GetPricesResponseDataItemRetailPriceRange",
        "GetPricesResponseDataItemRetailPriceRangeCreate",
        "GetPricesResponseDataItemRetailPriceRangeUpdate",
    ),
    "get_prices_response_data_item_retail_price_range_maximum": (
        "GetPricesResponseDataItemRetailPriceRangeMaximum",
        "GetPricesResponseDataItemRetailPriceRangeMaximumCreate",
        "GetPricesResponseDataItemRetailPriceRangeMaximumUpdate",
    ),
    "get_prices_response_data_item_retail_price_range_minimum": (
        "GetPricesResponseDataItemRetailPriceRangeMinimum",
        "GetPricesResponseDataItemRetailPriceRangeMinimumCreate",
        "GetPricesResponseDataItemRetailPriceRangeMinimumUpdate",
    ),
    "get_prices_response_data_item_sale_price": (
        "GetPricesResponseDataItemSalePrice",
        "GetPricesResponseDataItemSalePriceCreate",
        "GetPricesResponseDataItemSalePriceUpdate",
    ),
    "get_prices_response_data_item_saved": (
        "GetPricesResponseDataItemSaved",
        "GetPricesResponseDataItemSavedCreate",
        "GetPricesResponseDataItemSavedUpdate",
    ),
    "get_product_complex_rule_response_data": (
        "GetProductComplexRuleResponseData",
        "GetProductComplexRuleResponseDataCreate",
        "GetProductComplexRuleResponseDataUpdate",
    ),
    "get_product_complex_rule_response_data_conditions_item": (
        "GetProductComplexRuleResponseDataConditionsItem",
        "GetProductComplexRuleResponseDataConditionsItemCreate",
        "GetProductComplexRuleResponseDataConditionsItemUpdate",
    ),
    "get_product_complex_rule_response_data_price_adjuster": (
        "GetProductComplexRuleResponseDataPriceAdjuster",
        "GetProductComplexRuleResponseDataPriceAdjusterCreate",
        "GetProductComplexRuleResponseDataPriceAdjusterUpdate",
    ),
    "get_product_complex_rule_response_data_weight_adjuster": (
        "GetProductComplexRuleResponseDataWeightAdjuster",
        "GetProductComplexRuleResponseDataWeightAdjusterCreate",
        "GetProductComplexRuleResponseDataWeightAdjusterUpdate",
    ),
    "get_product_response_data": (
        "GetProductResponseData",
        "GetProductResponseDataCreate",
        "GetProductResponseDataUpdate",
    ),
    "get_product_review_response_data": (
        "GetProductReviewResponseData",
        "GetProductReviewResponseDataCreate",
        "GetProductReviewResponseDataUpdate",
    ),
    "get_product_reviews_response_data_item": (
        "GetProductReviewsResponseDataItem",
        "GetProductReviewsResponseDataItemCreate",
        "GetProductReviewsResponseDataItemUpdate",
    ),
    "get_product_variant_option_value_response_data": (
        "GetProductVariantOptionValueResponseData",
        "GetProductVariantOptionValueResponseDataCreate",
        "GetProductVariantOptionValueResponseDataUpdate",
    ),
    "get_product_variant_option_values_response_data_item": (
        "GetProductVariantOptionValuesResponseDataItem",
        "GetProductVariantOptionValuesResponseDataItemCreate",
        "GetProductVariantOptionValuesResponseDataItemUpdate",
    ),
    "get_products_response_data_item": (
        "GetProductsResponseDataItem",
        "GetProductsResponseDataItemCreate",
        "GetProductsResponseDataItemUpdate",
    ),
    "get_shipping_method_response": (
        "GetShippingMethodResponse",
        "GetShippingMethodResponseCreate",
        "GetShippingMethodResponseUpdate",
    ),
    "get_shipping_method_response_handling_fees": (
        "GetShippingMethodResponseHandlingFees",
        "GetShippingMethodResponseHandlingFeesCreate",
        "GetShippingMethodResponseHandlingFeesUpdate",
    ),
    "get_shipping_zone_response": (
        "GetShippingZoneResponse",
        "GetShippingZoneResponseCreate",
        "GetShippingZoneResponseUpdate",
    ),
    "get_shipping_zone_response_free_shipping": (
        "GetShippingZoneResponseFreeShipping",
        "GetShippingZoneResponseFreeShippingCreate",
        "GetShippingZoneResponseFreeShippingUpdate",
    ),
    "get_shipping_zone_response_handling_fees": (
        "GetShippingZoneResponseHandlingFees",
        "GetShippingZoneResponseHandlingFeesCreate",
        "GetShippingZoneResponseHandlingFeesUpdate",
    ),
    "get_shipping_zone_response_locations_item": (
        "GetShippingZoneResponseLocationsItem",
        "GetShippingZoneResponseLocationsItemCreate",
        "GetShippingZoneResponseLocationsItemUpdate",
    ),
    "get_shipping_zones_response_item": (
        "GetShippingZonesResponseItem",
        "GetShippingZonesResponseItemCreate",
        "GetShippingZonesResponseItemUpdate",
    ),
    "get_shipping_zones_response_item_free_shipping": (
        "GetShippingZonesResponseItemFreeShipping",
        "GetShippingZonesResponseItemFreeShippingCreate",
        "GetShippingZonesResponseItemFreeShippingUpdate",
    ),
    "get_shipping_zones_response_item_handling_fees": (
        "GetShippingZonesResponseItemHandlingFees",
        "GetShippingZonesResponseItemHandlingFeesCreate",
        "GetShippingZonesResponseItemHandlingFeesUpdate",
    ),
    "get_shipping_zones_response_item_locations_item": (
        "GetShippingZonesResponseItemLocationsItem",
        "GetShippingZonesResponseItemLocationsItemCreate",
        "GetShippingZonesResponseItemLocationsItemUpdate",
    ),
    "get_theme_custom_templates_response_data": (
        "GetThemeCustomTemplatesResponseData",
        "GetThemeCustomTemplatesResponseDataCreate",
        "GetThemeCustomTemplatesResponseDataUpdate",
    ),
    "get_variants_response_data_item": (
        "GetVariantsResponseDataItem",
        "GetVariantsResponseDataItemCreate",
        "GetVariantsResponseDataItemUpdate",
    ),
    "get_variants_response_data_item_option_values_item": (
        "GetVariantsResponseDataItemOptionValuesItem",
        "GetVariantsResponseDataItemOptionValuesItemCreate",
        "GetVariantsResponseDataItemOptionValuesItemUpdate",
    ),
    "gift_certificate": (
        "GiftCertificate",
        "GiftCertificateCreate",
        "GiftCertificateUpdate",
    ),
    "gift_certificate_consignment_get": (
        "GiftCertificateConsignmentGet",
        "GiftCertificateConsignmentGetCreate",
        "GiftCertificateConsignmentGetUpdate",
    ),
    "gift_certificate_consignment_get_line_items_item": (
        "GiftCertificateConsignmentGetLineItemsItem",
        "GiftCertificateConsignmentGetLineItemsItemCreate",
        "GiftCertificateConsignmentGetLineItemsItemUpdate",
    ),
    "gift_item_action_gift_item": (
        "GiftItemActionGiftItem",
        "GiftItemActionGiftItemCreate",
        "GiftItemActionGiftItemUpdate",
    ),
    "global_order_settings": (
        "GlobalOrderSettings",
        "GlobalOrderSettingsCreate",
        "GlobalOrderSettingsUpdate",
    ),
    "global_order_settings_notifications": (
        "GlobalOrderSettingsNotifications",
        "GlobalOrderSettingsNotificationsCreate",
        "GlobalOrderSettingsNotificationsUpdate",
    ),
    "global_order_settings_notifications_forward_invoice": (
        "GlobalOrderSettingsNotificationsForwardInvoice",
        "GlobalOrderSettingsNotificationsForwardInvoiceCreate",
        "GlobalOrderSettingsNotificationsForwardInvoiceUpdate",
    ),
    "global_order_settings_notifications_order_placed": (
        "GlobalOrderSettingsNotificationsOrderPlaced",
        "GlobalOrderSettingsNotificationsOrderPlacedCreate",
        "GlobalOrderSettingsNotificationsOrderPlacedUpdate",
    ),
    "global_promotion_settings": (
        "GlobalPromotionSettings",
        "GlobalPromotionSettingsCreate",
        "GlobalPromotionSettingsUpdate",
    ),
    "google_product_search_mapping": ("GoogleProductSearchMapping",),
    "http201_create_pages_response_data": (
        "HTTP201CreatePagesResponseData",
        "HTTP201CreatePagesResponseDataCreate",
        "HTTP201CreatePagesResponseDataUpdate",
    ),
    "import_errors_item": (
        "ImportErrorsItem",
        "ImportErrorsItemCreate",
        "ImportErrorsItemUpdate",
    ),
    "install_certificate_data": (
        "InstallCertificateData",
        "InstallCertificateDataCreate",
        "InstallCertificateDataUpdate",
    ),
    "installed_certificate_detail": (
        "InstalledCertificateDetail",
        "InstalledCertificateDetailCreate",
        "InstalledCertificateDetailUpdate",
    ),
    "inventory_notifications_settings": (
        "InventoryNotificationsSettings",
        "InventoryNotificationsSettingsCreate",
        "InventoryNotificationsSettingsUpdate",
    ),
    "inventory_settings": (
        "InventorySettings",
        "InventorySettingsCreate",
        "InventorySettingsUpdate",
    ),
    "item_custom_get": (
        "ItemCustomGet",
        "ItemCustomGetCreate",
        "ItemCustomGetUpdate",
    ),
    "item_digital_get": (
        "ItemDigitalGet",
        "ItemDigitalGetCreate",
        "ItemDigitalGetUpdate",
    ),
    "item_digital_get_discounts_item": (
        "ItemDigitalGetDiscountsItem",
        "ItemDigitalGetDiscountsItemCreate",
        "ItemDigitalGetDiscountsItemUpdate",
    ),
    "item_gift_certificate_get": (
        "ItemGiftCertificateGet",
        "ItemGiftCertificateGetCreate",
        "ItemGiftCertificateGetUpdate",
    ),
    "item_gift_certificate_get_recipient": (
        "ItemGiftCertificateGetRecipient",
        "ItemGiftCertificateGetRecipientCreate",
        "ItemGiftCertificateGetRecipientUpdate",
    ),
    "item_gift_certificate_get_sender": (
        "ItemGiftCertificateGetSender",
        "ItemGiftCertificateGetSenderCreate",
        "ItemGiftCertificateGetSenderUpdate",
    ),
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
    "item_physical_get": (
        "ItemPhysicalGet",
        "ItemPhysicalGetCreate",
        "ItemPhysicalGetUpdate",
    ),
    "item_physical_get_discounts_item": (
        "ItemPhysicalGetDiscountsItem",
        "ItemPhysicalGetDiscountsItemCreate",
        "ItemPhysicalGetDiscountsItemUpdate",
    ),
    "item_physical_get_gift_wrapping": (
        "ItemPhysicalGetGiftWrapping",
        "ItemPhysicalGetGiftWrappingCreate",
        "ItemPhysicalGetGiftWrappingUpdate",
    ),
    "item_response": (
        "ItemResponse",
        "ItemResponseCreate",
        "ItemResponseUpdate",
    ),
    "item_response_identity": (
        "ItemResponseIdentity",
        "ItemResponseIdentityCreate",
        "ItemResponseIdentityUpdate",
    ),
    "item_response_locations_item": (
        "ItemResponseLocationsItem",
        "ItemResponseLocationsItemCreate",
        "ItemResponseLocationsItemUpdate",
    ),
    "item_response_locations_item_settings": (
        "ItemResponseLocationsItemSettings",
        "ItemResponseLocationsItemSettingsCreate",
        "ItemResponseLocationsItemSettingsUpdate",
    ),
    "items_refund": (
        "ItemsRefund",
        "ItemsRefundCreate",
        "ItemsRefundUpdate",
    ),
    "job_id": (
        "JobId",
        "JobIdCreate",
        "JobIdUpdate",
    ),
    "job_response_data": (
        "JobResponseData",
        "JobResponseDataCreate",
        "JobResponseDataUpdate",
    ),
    "job_response_data_errors_item": (
        "JobResponseDataErrorsItem",
        "JobResponseDataErrorsItemCreate",
        "JobResponseDataErrorsItemUpdate",
    ),
    "job_response_data_warnings_item": (
        "JobResponseDataWarningsItem",
        "JobResponseDataWarningsItemCreate",
        "JobResponseDataWarningsItemUpdate",
    ),
    "line_items_get": (
        "LineItemsGet",
        "LineItemsGetCreate",
        "LineItemsGetUpdate",
    ),
    "listing": (
        "Listing",
        "ListingCreate",
        "ListingUpdate",
    ),
    "locale": (
        "Locale",
        "LocaleCreate",
        "LocaleUpdate",
    ),
    "locale_object": (
        "LocaleObject",
        "LocaleObjectCreate",
        "LocaleObjectUpdate",
    ),
    "location_items_response": (
        "LocationItemsResponse",
        "LocationItemsResponseCreate",
        "LocationItemsResponseUpdate",
    ),
    "location_items_response_identity": (
        "LocationItemsResponseIdentity",
        "LocationItemsResponseIdentityCreate",
        "LocationItemsResponseIdentityUpdate",
    ),
    "location_items_response_settings": (
        "LocationItemsResponseSettings",
        "LocationItemsResponseSettingsCreate",
        "LocationItemsResponseSettingsUpdate",
    ),
    "location_items_settings_request": (
        "LocationItemsSettingsRequest",
        "LocationItemsSettingsRequestCreate",
        "LocationItemsSettingsRequestUpdate",
    ),
    "location_items_settings_request_settings_item": (
        "LocationItemsSettingsRequestSettingsItem",
        "LocationItemsSettingsRequestSettingsItemCreate",
        "LocationItemsSettingsRequestSettingsItemUpdate",
    ),
    "location_items_settings_request_settings_item_identity": (
        "LocationItemsSettingsRequestSettingsItemIdentity",
        "LocationItemsSettingsRequestSettingsItemIdentityCreate",
        "LocationItemsSettingsRequestSettingsItemIdentityUpdate",
    ),
    "location_response": (
        "LocationResponse",
        "LocationResponseCreate",
        "LocationResponseUpdate",
    ),
    "location_response_address": (
        "LocationResponseAddress",
        "LocationResponseAddressCreate",
        "LocationResponseAddressUpdate",
    ),
    "location_response_address_geo_coordinates": (
        "LocationResponseAddressGeoCoordinates",
        "LocationResponseAddressGeoCoordinatesCreate",
        "LocationResponseAddressGeoCoordinatesUpdate",
    ),
    "location_response_special_hours_item": (
        "LocationResponseSpecialHoursItem",
        "LocationResponseSpecialHoursItemCreate",
        "LocationResponseSpecialHoursItemUpdate",
    ),
    "locations_create_request_item": (
        "LocationsCreateRequestItem",
        "LocationsCreateRequestItemCreate",
        "LocationsCreateRequestItemUpdate",
    ),
    "locations_create_request_item_address": (
        "LocationsCreateRequestItemAddress",
        "LocationsCreateRequestItemAddressCreate",
        "LocationsCreateRequestItemAddressUpdate",
    ),
    "locations_create_request_item_address_geo_coordinates": (
        "LocationsCreateRequestItemAddressGeoCoordinates",
        "LocationsCreateRequestItemAddressGeoCoordinatesCreate",
        "LocationsCreateRequestItemAddressGeoCoordinatesUpdate",
    ),
    "locations_update_request_item": (
        "LocationsUpdateRequestItem",
        "LocationsUpdateRequestItemCreate",
        "LocationsUpdateRequestItemUpdate",
    ),
    "locations_update_request_item_address": (
        "LocationsUpdateRequestItemAddress",
        "LocationsUpdateRequestItemAddressCreate",
        "LocationsUpdateRequestItemAddressUpdate",
    ),
    "locations_update_request_item_address_geo_coordinates": (
        "LocationsUpdateRequestItemAddressGeoCoordinates",
        "LocationsUpdateRequestItemAddressGeoCoordinatesCreate",
        "LocationsUpdateRequestItemAddressGeoCoordinatesUpdate",
    ),
    "locations_v3_metafield": (
        "LocationsV3Metafield",
        "LocationsV3MetafieldCreate",
        "LocationsV3MetafieldUpdate",
    ),
    "logo_settings": (
        "LogoSettings",
        "LogoSettingsCreate",
        "LogoSettingsUpdate",
    ),
    "logo_settings_update2": (
        "LogoSettingsUpdate2",
        "LogoSettingsUpdate2Create",
        "LogoSettingsUpdate2Update",
    ),
    "measurement_units_settings": (
        "MeasurementUnitsSettings",
        "MeasurementUnitsSettingsCreate",
        "MeasurementUnitsSettingsUpdate",
    ),
    "merchant_override": (
        "MerchantOverride",
        "MerchantOverrideCreate",
        "MerchantOverrideUpdate",
    ),
    "meta_data": (
        "MetaData",
        "MetaDataCreate",
        "MetaDataUpdate",
    ),
    "metafield200_response": (
        "Metafield200Response",
        "Metafield200ResponseCreate",
        "Metafield200ResponseUpdate",
    ),
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
        "MetafieldBasePutCreate",
        "MetafieldBasePutUpdate",
    ),
    "metafield_post": (
        "MetafieldPost",
        "MetafieldPostCreate",
        "MetafieldPostUpdate",
    ),
    "metafield_post2": (
        "MetafieldPost2",
        "MetafieldPost2Create",
        "MetafieldPost2Update",
    ),
    "metafield_put": (
        "MetafieldPut",
        "MetafieldPutCreate",
        "MetafieldPutUpdate",
    ),
    "metafield_put2": (
        "MetafieldPut2",
        "MetafieldPut2Create",
        "MetafieldPut2Update",
    ),
    "no_content": (
        "NoContent",
        "NoContentCreate",
        "NoContentUpdate",
    ),
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
    "order_consignment_get": (
        "OrderConsignmentGet",
        "OrderConsignmentGetCreate",
        "OrderConsignmentGetUpdate",
    ),
    "order_consignment_get_email": (
        "OrderConsignmentGetEmail",
        "OrderConsignmentGetEmailCreate",
        "OrderConsignmentGetEmailUpdate",
    ),
    "order_coupon": ("OrderCoupon",),
    "order_fee": (
        "OrderFee",
        "OrderFeeCreate",
        "OrderFeeUpdate",
    ),
    "order_fees_resp": (
        "OrderFeesResp",
        "OrderFeesRespCreate",
        "OrderFeesRespUpdate",
    ),
    "order_message": ("OrderMessage",),
    "order_product": ("OrderProduct",),
    "order_product_applied_discount": ("OrderProductAppliedDiscount",),
    "order_product_applied_discounts": (
        "OrderProductAppliedDiscounts",
        "OrderProductAppliedDiscountsCreate",
        "OrderProductAppliedDiscountsUpdate",
    ),
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
    "order_product_options": (
        "OrderProductOptions",
        "OrderProductOptionsCreate",
        "OrderProductOptionsUpdate",
    ),
    "order_products_configurable_fields_item": (
        "OrderProductsConfigurableFieldsItem",
        "OrderProductsConfigurableFieldsItemCreate",
        "OrderProductsConfigurableFieldsItemUpdate",
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
    "order_shipping_address": (
        "OrderShippingAddress",
        "OrderShippingAddressCreate",
        "OrderShippingAddressUpdate",
    ),
    "order_status": ("OrderStatus",),
    "order_tax": ("OrderTax",),
    "orders_v3_metafield": (
        "OrdersV3Metafield",
        "OrdersV3MetafieldCreate",
        "OrdersV3MetafieldUpdate",
    ),
    "page": (
        "Page",
        "PageCreate",
        "PageUpdate",
    ),
    "page_put_obj": (
        "PagePutObj",
        "PagePutObjCreate",
        "PagePutObjUpdate",
    ),
    "pages_collection_response_data_item": (
        "PagesCollectionResponseDataItem",
        "PagesCollectionResponseDataItemCreate",
        "PagesCollectionResponseDataItemUpdate",
    ),
    "parent_relation": (
        "ParentRelation",
        "ParentRelationCreate",
        "ParentRelationUpdate",
    ),
    "payment_method": ("PaymentMethod",),
    "payment_method_full": (
        "PaymentMethodFull",
        "PaymentMethodFullCreate",
        "PaymentMethodFullUpdate",
    ),
    "payment_method_full_supported_instruments_item": (
        "PaymentMethodFullSupportedInstrumentsItem",
        "PaymentMethodFullSupportedInstrumentsItemCreate",
        "PaymentMethodFullSupportedInstrumentsItemUpdate",
    ),
    "payment_method_stored_instrument": (
        "PaymentMethodStoredInstrument",
        "PaymentMethodStoredInstrumentCreate",
        "PaymentMethodStoredInstrumentUpdate",
    ),
    "payment_option": (
        "PaymentOption",
        "PaymentOptionCreate",
        "PaymentOptionUpdate",
    ),
    "payment_request": (
        "PaymentRequest",
        "PaymentRequestCreate",
        "PaymentRequestUpdate",
    ),
    "pickup": (
        "Pickup",
        "PickupCreate",
        "PickupUpdate",
    ),
    "pickup_consignment_get": (
        "PickupConsignmentGet",
        "PickupConsignmentGetCreate",
        "PickupConsignmentGetUpdate",
    ),
    "pickup_consignment_get_line_items_item": (
        "PickupConsignmentGetLineItemsItem",
        "PickupConsignmentGetLineItemsItemCreate",
        "PickupConsignmentGetLineItemsItemUpdate",
    ),
    "pickup_consignment_location_get": (
        "PickupConsignmentLocationGet",
        "PickupConsignmentLocationGetCreate",
        "PickupConsignmentLocationGetUpdate",
    ),
    "pickup_item": (
        "PickupItem",
        "PickupItemCreate",
        "PickupItemUpdate",
    ),
    "pickup_method": (
        "PickupMethod",
        "PickupMethodCreate",
        "PickupMethodUpdate",
    ),
    "pickup_method_response": (
        "PickupMethodResponse",
        "PickupMethodResponseCreate",
        "PickupMethodResponseUpdate",
    ),
    "pickup_options_response": (
        "PickupOptionsResponse",
        "PickupOptionsResponseCreate",
        "PickupOptionsResponseUpdate",
    ),
    "pickup_options_response_results_item": (
        "PickupOptionsResponseResultsItem",
        "PickupOptionsResponseResultsItemCreate",
        "PickupOptionsResponseResultsItemUpdate",
    ),
    "pickup_options_v3_item": (
        "PickupOptionsV3Item",
        "PickupOptionsV3ItemCreate",
        "PickupOptionsV3ItemUpdate",
    ),
    "pickup_options_v3_pickup_option": (
        "PickupOptionsV3PickupOption",
        "PickupOptionsV3PickupOptionCreate",
        "PickupOptionsV3PickupOptionUpdate",
    ),
    "pickup_request_payload": (
        "PickupRequestPayload",
        "PickupRequestPayloadCreate",
        "PickupRequestPayloadUpdate",
    ),
    "placement_full": (
        "PlacementFull",
        "PlacementFullCreate",
        "PlacementFullUpdate",
    ),
    "placement_post": (
        "PlacementPost",
        "PlacementPostCreate",
        "PlacementPostUpdate",
    ),
    "placement_put": (
        "PlacementPut",
        "PlacementPutCreate",
        "PlacementPutUpdate",
    ),
    "post_request_pickup": (
        "PostRequestPickup",
        "PostRequestPickupCreate",
        "PostRequestPickupUpdate",
    ),
    "post_request_pickup_item": (
        "PostRequestPickupItem",
        "PostRequestPickupItemCreate",
        "PostRequestPickupItemUpdate",
    ),
    "post_site": (
        "PostSite",
        "PostSiteCreate",
        "PostSiteUpdate",
    ),
    "pricing_sf_bulk_pricing_tier": (
        "PricingSfBulkPricingTier",
        "PricingSfBulkPricingTierCreate",
        "PricingSfBulkPricingTierUpdate",
    ),
    "primary_image_full": (
        "PrimaryImageFull",
        "PrimaryImageFullCreate",
        "PrimaryImageFullUpdate",
    ),
    "product": (
        "Product",
        "ProductCreate",
        "ProductUpdate",
    ),
    "product_base_post": (
        "ProductBasePOST",
        "ProductBasePOSTCreate",
        "ProductBasePOSTUpdate",
    ),
    "product_base_post_bulk_pricing_rules_item": (
        "ProductBasePOSTBulkPricingRulesItem",
        "ProductBasePOSTBulkPricingRulesItemCreate",
        "ProductBasePOSTBulkPricingRulesItemUpdate",
    ),
    "product_base_put_bulk_pricing_rules_item": (
        "ProductBasePUTBulkPricingRulesItem",
        "ProductBasePUTBulkPricingRulesItemCreate",
        "ProductBasePUTBulkPricingRulesItemUpdate",
    ),
    "product_base_response_bulk_pricing_rules_item": (
        "ProductBaseResponseBulkPricingRulesItem",
        "ProductBaseResponseBulkPricingRulesItemCreate",
        "ProductBaseResponseBulkPricingRulesItemUpdate",
    ),
    "product_category_assignment": (
        "ProductCategoryAssignment",
        "ProductCategoryAssignmentCreate",
        "ProductCategoryAssignmentUpdate",
    ),
    "product_channel_assignment": (
        "ProductChannelAssignment",
        "ProductChannelAssignmentCreate",
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
    "product_full": (
        "ProductFull",
        "ProductFullCreate",
        "ProductFullUpdate",
    ),
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
    "product_modifier_option_value_full": (
        "ProductModifierOptionValueFull",
        "ProductModifierOptionValueFullCreate",
        "ProductModifierOptionValueFullUpdate",
    ),
    "product_modifier_post": (
        "ProductModifierPost",
        "ProductModifierPostCreate",
        "ProductModifierPostUpdate",
    ),
    "product_modifier_post_option_values_item": (
        "ProductModifierPostOptionValuesItem",
        "ProductModifierPostOptionValuesItemCreate",
        "ProductModifierPostOptionValuesItemUpdate",
    ),
    "product_modifier_post_option_values_item_adjusters": (
        "ProductModifierPostOptionValuesItemAdjusters",
        "ProductModifierPostOptionValuesItemAdjustersCreate",
        "ProductModifierPostOptionValuesItemAdjustersUpdate",
    ),
    "product_modifier_post_option_values_item_adjusters_price": (
        "ProductModifierPostOptionValuesItemAdjustersPrice",
        "ProductModifierPostOptionValuesItemAdjustersPriceCreate",
        "ProductModifierPostOptionValuesItemAdjustersPriceUpdate",
    ),
    "product_modifiers_catalog_v3_config_full": (
        "ProductModifiersCatalogV3ConfigFull",
        "ProductModifiersCatalogV3ConfigFullCreate",
        "ProductModifiersCatalogV3ConfigFullUpdate",
    ),
    "product_modifiers_catalog_v3_product_modifier_full": (
        "ProductModifiersCatalogV3ProductModifierFull",
        "ProductModifiersCatalogV3ProductModifierFullCreate",
        "ProductModifiersCatalogV3ProductModifierFullUpdate",
    ),
    "product_option": ("ProductOption",),
    "product_option_base": (
        "ProductOptionBase",
        "ProductOptionBaseCreate",
        "ProductOptionBaseUpdate",
    ),
    "product_option_config_full": (
        "ProductOptionConfigFull",
        "ProductOptionConfigFullCreate",
        "ProductOptionConfigFullUpdate",
    ),
    "product_option_full": (
        "ProductOptionFull",
        "ProductOptionFullCreate",
        "ProductOptionFullUpdate",
    ),
    "product_option_option_value_full": (
        "ProductOptionOptionValueFull",
        "ProductOptionOptionValueFullCreate",
        "ProductOptionOptionValueFullUpdate",
    ),
    "product_options_item_matcher_product_option": (
        "ProductOptionsItemMatcherProductOption",
        "ProductOptionsItemMatcherProductOptionCreate",
        "ProductOptionsItemMatcherProductOptionUpdate",
    ),
    "product_primary_image": ("ProductPrimaryImage",),
    "product_put": (
        "ProductPut",
        "ProductPutCreate",
        "ProductPutUpdate",
    ),
    "product_put_collection_item": (
        "ProductPutCollectionItem",
        "ProductPutCollectionItemCreate",
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
        "ProductSortOrderCreate",
        "ProductSortOrderUpdate",
    ),
    "product_tax_property": (
        "ProductTaxProperty",
        "ProductTaxPropertyCreate",
        "ProductTaxPropertyUpdate",
    ),
    "product_variant_option_value_full": (
        "ProductVariantOptionValueFull",
        "ProductVariantOptionValueFullCreate",
        "ProductVariantOptionValueFullUpdate",
    ),
    "product_variant_post": (
        "ProductVariantPost",
        "ProductVariantPostCreate",
        "ProductVariantPostUpdate",
    ),
    "product_variant_put": (
        "ProductVariantPut",
        "ProductVariantPutCreate",
        "ProductVariantPutUpdate",
    ),
    "product_variants_catalog_v3_metafield": (
        "ProductVariantsCatalogV3Metafield",
        "ProductVariantsCatalogV3MetafieldCreate",
        "ProductVariantsCatalogV3MetafieldUpdate",
    ),
    "product_variants_catalog_v3_product_variant_full": (
        "ProductVariantsCatalogV3ProductVariantFull",
        "ProductVariantsCatalogV3ProductVariantFullCreate",
        "ProductVariantsCatalogV3ProductVariantFullUpdate",
    ),
    "product_video": (
        "ProductVideo",
        "ProductVideoCreate",
        "ProductVideoUpdate",
    ),
    "product_video_full": (
        "ProductVideoFull",
        "ProductVideoFullCreate",
        "ProductVideoFullUpdate",
    ),
    "products_catalog_v3_config_full": (
        "ProductsCatalogV3ConfigFull",
        "ProductsCatalogV3ConfigFullCreate",
        "ProductsCatalogV3ConfigFullUpdate",
    ),
    "products_catalog_v3_custom_url_full": (
        "ProductsCatalogV3CustomUrlFull",
        "ProductsCatalogV3CustomUrlFullCreate",
        "ProductsCatalogV3CustomUrlFullUpdate",
    ),
    "products_catalog_v3_metafield": (
        "ProductsCatalogV3Metafield",
        "ProductsCatalogV3MetafieldCreate",
        "ProductsCatalogV3MetafieldUpdate",
    ),
    "products_catalog_v3_metafield_full": (
        "ProductsCatalogV3MetafieldFull",
        "ProductsCatalogV3MetafieldFullCreate",
        "ProductsCatalogV3MetafieldFullUpdate",
    ),
    "products_catalog_v3_product_modifier_full": (
        "ProductsCatalogV3ProductModifierFull",
        "ProductsCatalogV3ProductModifierFullCreate",
        "ProductsCatalogV3ProductModifierFullUpdate",
    ),
    "products_catalog_v3_product_variant_full": (
        "ProductsCatalogV3ProductVariantFull",
        "ProductsCatalogV3ProductVariantFullCreate",
        "ProductsCatalogV3ProductVariantFullUpdate",
    ),
    "project": (
        "Project",
        "ProjectCreate",
        "ProjectUpdate",
    ),
    "promotions_collection_response_data_item": (
        "PromotionsCollectionResponseDataItem",
        "PromotionsCollectionResponseDataItemCreate",
        "PromotionsCollectionResponseDataItemUpdate",
    ),
    "promotions_response_data": (
        "PromotionsResponseData",
        "PromotionsResponseDataCreate",
        "PromotionsResponseDataUpdate",
    ),
    "promotions_v3_channel": (
        "PromotionsV3Channel",
        "PromotionsV3ChannelCreate",
        "PromotionsV3ChannelUpdate",
    ),
    "property": (
        "Property",
        "PropertyCreate",
        "PropertyUpdate",
    ),
    "property_post": (
        "PropertyPOST",
        "PropertyPOSTCreate",
        "PropertyPOSTUpdate",
    ),
    "property_put": (
        "PropertyPUT",
        "PropertyPUTCreate",
        "PropertyPUTUpdate",
    ),
    "publish": (
        "Publish",
        "PublishCreate",
        "PublishUpdate",
    ),
    "put_checkout_url": (
        "PutCheckoutUrl",
        "PutCheckoutUrlCreate",
        "PutCheckoutUrlUpdate",
    ),
    "put_pickup_methods_request_item": (
        "PutPickupMethodsRequestItem",
        "PutPickupMethodsRequestItemCreate",
        "PutPickupMethodsRequestItemUpdate",
    ),
    "put_request_pickup": (
        "PutRequestPickup",
        "PutRequestPickupCreate",
        "PutRequestPickupUpdate",
    ),
    "put_site": (
        "PutSite",
        "PutSiteCreate",
        "PutSiteUpdate",
    ),
    "redirect": (
        "Redirect",
        "RedirectCreate",
        "RedirectUpdate",
    ),
    "redirect301_import_export_job_read": (
        "Redirect301ImportExportJobRead",
        "Redirect301ImportExportJobReadCreate",
        "Redirect301ImportExportJobReadUpdate",
    ),
    "redirect301_read": (
        "Redirect301Read",
        "Redirect301ReadCreate",
        "Redirect301ReadUpdate",
    ),
    "redirect301_upsert": (
        "Redirect301Upsert",
        "Redirect301UpsertCreate",
        "Redirect301UpsertUpdate",
    ),
    "redirect_forward": (
        "RedirectForward",
        "RedirectForwardCreate",
        "RedirectForwardUpdate",
    ),
    "redirect_to": (
        "RedirectTo",
        "RedirectToCreate",
        "RedirectToUpdate",
    ),
    "redirect_urls_post": (
        "RedirectUrlsPost",
        "RedirectUrlsPostCreate",
        "RedirectUrlsPostUpdate",
    ),
    "redirect_urls_post_query_params": (
        "RedirectUrlsPostQueryParams",
        "RedirectUrlsPostQueryParamsCreate",
        "RedirectUrlsPostQueryParamsUpdate",
    ),
    "reference_request": (
        "ReferenceRequest",
        "ReferenceRequestCreate",
        "ReferenceRequestUpdate",
    ),
    "reference_request_options_item": (
        "ReferenceRequestOptionsItem",
        "ReferenceRequestOptionsItemCreate",
        "ReferenceRequestOptionsItemUpdate",
    ),
    "refund": (
        "Refund",
        "RefundCreate",
        "RefundUpdate",
    ),
    "refund_id_get_data": (
        "RefundIDGetData",
        "RefundIDGetDataCreate",
        "RefundIDGetDataUpdate",
    ),
    "refund_id_get_data_items_item": (
        "RefundIDGetDataItemsItem",
        "RefundIDGetDataItemsItemCreate",
        "RefundIDGetDataItemsItemUpdate",
    ),
    "refund_id_get_data_payments_item": (
        "RefundIDGetDataPaymentsItem",
        "RefundIDGetDataPaymentsItemCreate",
        "RefundIDGetDataPaymentsItemUpdate",
    ),
    "refund_item": (
        "RefundItem",
        "RefundItemCreate",
        "RefundItemUpdate",
    ),
    "refund_item_adjustment": (
        "RefundItemAdjustment",
        "RefundItemAdjustmentCreate",
        "RefundItemAdjustmentUpdate",
    ),
    "refund_payment": (
        "RefundPayment",
        "RefundPaymentCreate",
        "RefundPaymentUpdate",
    ),
    "refund_quote_full": (
        "RefundQuoteFull",
        "RefundQuoteFullCreate",
        "RefundQuoteFullUpdate",
    ),
    "refund_quote_post": (
        "RefundQuotePost",
        "RefundQuotePostCreate",
        "RefundQuotePostUpdate",
    ),
    "refund_request_post": (
        "RefundRequestPost",
        "RefundRequestPostCreate",
        "RefundRequestPostUpdate",
    ),
    "region": (
        "Region",
        "RegionCreate",
        "RegionUpdate",
    ),
    "region_children_item": (
        "RegionChildrenItem",
        "RegionChildrenItemCreate",
        "RegionChildrenItemUpdate",
    ),
    "resource_link": ("ResourceLink",),
    "response_connection_data": (
        "ResponseConnectionData",
        "ResponseConnectionDataCreate",
        "ResponseConnectionDataUpdate",
    ),
    "response_connection_data_target": (
        "ResponseConnectionDataTarget",
        "ResponseConnectionDataTargetCreate",
        "ResponseConnectionDataTargetUpdate",
    ),
    "robots_txt_settings": (
        "RobotsTxtSettings",
        "RobotsTxtSettingsCreate",
        "RobotsTxtSettingsUpdate",
    ),
    "rule": (
        "Rule",
        "RuleCreate",
        "RuleUpdate",
    ),
    "saved_coupon_promotion_multiple_codes": (
        "SavedCouponPromotionMultipleCodes",
        "SavedCouponPromotionMultipleCodesCreate",
        "SavedCouponPromotionMultipleCodesUpdate",
    ),
    "script_full": (
        "ScriptFull",
        "ScriptFullCreate",
        "ScriptFullUpdate",
    ),
    "script_post": (
        "ScriptPost",
        "ScriptPostCreate",
        "ScriptPostUpdate",
    ),
    "script_put": (
        "ScriptPut",
        "ScriptPutCreate",
        "ScriptPutUpdate",
    ),
    "search_area": (
        "SearchArea",
        "SearchAreaCreate",
        "SearchAreaUpdate",
    ),
    "search_area_radius": (
        "SearchAreaRadius",
        "SearchAreaRadiusCreate",
        "SearchAreaRadiusUpdate",
    ),
    "search_filter_override_context_identifier": (
        "SearchFilterOverrideContextIdentifier",
        "SearchFilterOverrideContextIdentifierCreate",
        "SearchFilterOverrideContextIdentifierUpdate",
    ),
    "segment": (
        "Segment",
        "SegmentCreate",
        "SegmentUpdate",
    ),
    "segment_post": (
        "SegmentPost",
        "SegmentPostCreate",
        "SegmentPostUpdate",
    ),
    "segment_put": (
        "SegmentPut",
        "SegmentPutCreate",
        "SegmentPutUpdate",
    ),
    "seo_settings": (
        "SEOSettings",
        "SEOSettingsCreate",
        "SEOSettingsUpdate",
    ),
    "set_price_list_record_request": (
        "SetPriceListRecordRequest",
        "SetPriceListRecordRequestCreate",
        "SetPriceListRecordRequestUpdate",
    ),
    "set_price_list_record_request_bulk_pricing_tiers_item": (
        "SetPriceListRecordRequestBulkPricingTiersItem",
        "SetPriceListRecordRequestBulkPricingTiersItemCreate",
        "SetPriceListRecordRequestBulkPricingTiersItemUpdate",
    ),
    "set_price_list_record_response_data": (
        "SetPriceListRecordResponseData",
        "SetPriceListRecordResponseDataCreate",
        "SetPriceListRecordResponseDataUpdate",
    ),
    "set_price_list_record_response_data_bulk_pricing_tiers_item": (
        "SetPriceListRecordResponseDataBulkPricingTiersItem",
        "SetPriceListRecordResponseDataBulkPricingTiersItemCreate",
        "SetPriceListRecordResponseDataBulkPricingTiersItemUpdate",
    ),
    "shipping_action_shipping": (
        "ShippingActionShipping",
        "ShippingActionShippingCreate",
        "ShippingActionShippingUpdate",
    ),
    "shipping_address_put": (
        "ShippingAddressPut",
        "ShippingAddressPutCreate",
        "ShippingAddressPutUpdate",
    ),
    "shipping_consignment_get": (
        "ShippingConsignmentGet",
        "ShippingConsignmentGetCreate",
        "ShippingConsignmentGetUpdate",
    ),
    "shipping_consignment_get_line_items_item": (
        "ShippingConsignmentGetLineItemsItem",
        "ShippingConsignmentGetLineItemsItemCreate",
        "ShippingConsignmentGetLineItemsItemUpdate",
    ),
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
    "shipping_method_full": (
        "ShippingMethodFull",
        "ShippingMethodFullCreate",
        "ShippingMethodFullUpdate",
    ),
    "shipping_quotes_base": (
        "ShippingQuotesBase",
        "ShippingQuotesBaseCreate",
        "ShippingQuotesBaseUpdate",
    ),
    "shipping_quotes_consignment_resource": ("ShippingQuotesConsignmentResource",),
    "shipping_quotes_resource": ("ShippingQuotesResource",),
    "shipping_settings": (
        "ShippingSettings",
        "ShippingSettingsCreate",
        "ShippingSettingsUpdate",
    ),
    "shipping_settings_checkout": (
        "ShippingSettingsCheckout",
        "ShippingSettingsCheckoutCreate",
        "ShippingSettingsCheckoutUpdate",
    ),
    "shopper_profile": (
        "ShopperProfile",
        "ShopperProfileCreate",
        "ShopperProfileUpdate",
    ),
    "shopper_profile_post": (
        "ShopperProfilePost",
        "ShopperProfilePostCreate",
        "ShopperProfilePostUpdate",
    ),
    "simple_item_matcher": (
        "SimpleItemMatcher",
        "SimpleItemMatcherCreate",
        "SimpleItemMatcherUpdate",
    ),
    "simple_transaction_response": (
        "SimpleTransactionResponse",
        "SimpleTransactionResponseCreate",
        "SimpleTransactionResponseUpdate",
    ),
    "single_page_response_data": (
        "SinglePageResponseData",
        "SinglePageResponseDataCreate",
        "SinglePageResponseDataUpdate",
    ),
    "site_post": (
        "SitePost",
        "SitePostCreate",
        "SitePostUpdate",
    ),
    "site_put": (
        "SitePut",
        "SitePutCreate",
        "SitePutUpdate",
    ),
    "site_route_base": (
        "SiteRouteBase",
        "SiteRouteBaseCreate",
        "SiteRouteBaseUpdate",
    ),
    "site_route_full": (
        "SiteRouteFull",
        "SiteRouteFullCreate",
        "SiteRouteFullUpdate",
    ),
    "site_routes_route_base": (
        "SiteRoutesRouteBase",
        "SiteRoutesRouteBaseCreate",
        "SiteRoutesRouteBaseUpdate",
    ),
    "sites_v3_site": (
        "SitesV3Site",
        "SitesV3SiteCreate",
        "SitesV3SiteUpdate",
    ),
    "store_app_uninstalled": (
        "StoreAppUninstalled",
        "StoreAppUninstalledCreate",
        "StoreAppUninstalledUpdate",
    ),
    "store_app_uninstalled_data": (
        "StoreAppUninstalledData",
        "StoreAppUninstalledDataCreate",
        "StoreAppUninstalledDataUpdate",
    ),
    "store_cart_abandoned": (
        "StoreCartAbandoned",
        "StoreCartAbandonedCreate",
        "StoreCartAbandonedUpdate",
    ),
    "store_cart_abandoned_data": (
        "StoreCartAbandonedData",
        "StoreCartAbandonedDataCreate",
        "StoreCartAbandonedDataUpdate",
    ),
    "store_cart_converted": (
        "StoreCartConverted",
        "StoreCartConvertedCreate",
        "StoreCartConvertedUpdate",
    ),
    "store_cart_converted_data": (
        "StoreCartConvertedData",
        "StoreCartConvertedDataCreate",
        "StoreCartConvertedDataUpdate",
    ),
    "store_cart_coupon_applied": (
        "StoreCartCouponApplied",
        "StoreCartCouponAppliedCreate",
        "StoreCartCouponAppliedUpdate",
    ),
    "store_cart_coupon_applied_data": (
        "StoreCartCouponAppliedData",
        "StoreCartCouponAppliedDataCreate",
        "StoreCartCouponAppliedDataUpdate",
    ),
    "store_cart_created": (
        "StoreCartCreated",
        "StoreCartCreatedCreate",
        "StoreCartCreatedUpdate",
    ),
    "store_cart_created_data": (
        "StoreCartCreatedData",
        "StoreCartCreatedDataCreate",
        "StoreCartCreatedDataUpdate",
    ),
    "store_cart_deleted": (
        "StoreCartDeleted",
        "StoreCartDeletedCreate",
        "StoreCartDeletedUpdate",
    ),
    "store_cart_deleted_data": (
        "StoreCartDeletedData",
        "StoreCartDeletedDataCreate",
        "StoreCartDeletedDataUpdate",
    ),
    "store_cart_line_item_created": (
        "StoreCartLineItemCreated",
        "StoreCartLineItemCreatedCreate",
        "StoreCartLineItemCreatedUpdate",
    ),
    "store_cart_line_item_created_data": (
        "StoreCartLineItemCreatedData",
        "StoreCartLineItemCreatedDataCreate",
        "StoreCartLineItemCreatedDataUpdate",
    ),
    "store_cart_line_item_deleted": (
        "StoreCartLineItemDeleted",
        "StoreCartLineItemDeletedCreate",
        "StoreCartLineItemDeletedUpdate",
    ),
    "store_cart_line_item_deleted_data": (
        "StoreCartLineItemDeletedData",
        "StoreCartLineItemDeletedDataCreate",
        "StoreCartLineItemDeletedDataUpdate",
    ),
    "store_cart_line_item_updated": (
        "StoreCartLineItemUpdated",
        "StoreCartLineItemUpdatedCreate",
        "StoreCartLineItemUpdatedUpdate",
    ),
    "store_cart_line_item_updated_data": (
        "StoreCartLineItemUpdatedData",
        "StoreCartLineItemUpdatedDataCreate",
        "StoreCartLineItemUpdatedDataUpdate",
    ),
    "store_cart_line_item_wildcard": (
        "StoreCartLineItemWildcard",
        "StoreCartLineItemWildcardCreate",
        "StoreCartLineItemWildcardUpdate",
    ),
    "store_cart_line_item_wildcard_data": (
        "StoreCartLineItemWildcardData",
        "StoreCartLineItemWildcardDataCreate",
        "StoreCartLineItemWildcardDataUpdate",
    ),
    "store_cart_updated": (
        "StoreCartUpdated",
        "StoreCartUpdatedCreate",
        "StoreCartUpdatedUpdate",
    ),
    "store_cart_updated_data": (
        "StoreCartUpdatedData",
        "StoreCartUpdatedDataCreate",
        "StoreCartUpdatedDataUpdate",
    ),
    "store_category_created": (
        "StoreCategoryCreated",
        "StoreCategoryCreatedCreate",
        "StoreCategoryCreatedUpdate",
    ),
    "store_category_deleted": (
        "StoreCategoryDeleted",
        "StoreCategoryDeletedCreate",
        "StoreCategoryDeletedUpdate",
    ),
    "store_category_deleted_data": (
        "StoreCategoryDeletedData",
        "StoreCategoryDeletedDataCreate",
        "StoreCategoryDeletedDataUpdate",
    ),
    "store_category_updated": (
        "StoreCategoryUpdated",
        "StoreCategoryUpdatedCreate",
        "StoreCategoryUpdatedUpdate",
    ),
    "store_category_updated_data": (
        "StoreCategoryUpdatedData",
        "StoreCategoryUpdatedDataCreate",
        "StoreCategoryUpdatedDataUpdate",
    ),
    "store_channel_created": (
        "StoreChannelCreated",
        "StoreChannelCreatedCreate",
        "StoreChannelCreatedUpdate",
    ),
    "store_channel_created_data": (
        "StoreChannelCreatedData",
        "StoreChannelCreatedDataCreate",
        "StoreChannelCreatedDataUpdate",
    ),
    "store_channel_updated": (
        "StoreChannelUpdated",
        "StoreChannelUpdatedCreate",
        "StoreChannelUpdatedUpdate",
    ),
    "store_channel_updated_data": (
        "StoreChannelUpdatedData",
        "StoreChannelUpdatedDataCreate",
        "StoreChannelUpdatedDataUpdate",
    ),
    "store_customer_address_created": (
        "StoreCustomerAddressCreated",
        "StoreCustomerAddressCreatedCreate",
        "StoreCustomerAddressCreatedUpdate",
    ),
    "store_customer_address_created_data": (
        "StoreCustomerAddressCreatedData",
        "StoreCustomerAddressCreatedDataCreate",
        "StoreCustomerAddressCreatedDataUpdate",
    ),
    "store_customer_address_created_data_address": (
        "StoreCustomerAddressCreatedDataAddress",
        "StoreCustomerAddressCreatedDataAddressCreate",
        "StoreCustomerAddressCreatedDataAddressUpdate",
    ),
    "store_customer_address_deleted": (
        "StoreCustomerAddressDeleted",
        "StoreCustomerAddressDeletedCreate",
        "StoreCustomerAddressDeletedUpdate",
    ),
    "store_customer_address_deleted_data": (
        "StoreCustomerAddressDeletedData",
        "StoreCustomerAddressDeletedDataCreate",
        "StoreCustomerAddressDeletedDataUpdate",
    ),
    "store_customer_address_deleted_data_address": (
        "StoreCustomerAddressDeletedDataAddress",
        "StoreCustomerAddressDeletedDataAddressCreate",
        "StoreCustomerAddressDeletedDataAddressUpdate",
    ),
    "store_customer_address_updated": (
        "StoreCustomerAddressUpdated",
        "StoreCustomerAddressUpdatedCreate",
        "StoreCustomerAddressUpdatedUpdate",
    ),
    "store_customer_address_updated_data": (
        "StoreCustomerAddressUpdatedData",
        "StoreCustomerAddressUpdatedDataCreate",
        "StoreCustomerAddressUpdatedDataUpdate",
    ),
    "store_customer_address_updated_data_address": (
        "StoreCustomerAddressUpdatedDataAddress",
        "StoreCustomerAddressUpdatedDataAddressCreate",
        "StoreCustomerAddressUpdatedDataAddressUpdate",
    ),
    "store_customer_created": (
        "StoreCustomerCreated",
        "StoreCustomerCreatedCreate",
        "StoreCustomerCreatedUpdate",
    ),
    "store_customer_created_data": (
        "StoreCustomerCreatedData",
        "StoreCustomerCreatedDataCreate",
        "StoreCustomerCreatedDataUpdate",
    ),
    "store_customer_deleted": (
        "StoreCustomerDeleted",
        "StoreCustomerDeletedCreate",
        "StoreCustomerDeletedUpdate",
    ),
    "store_customer_deleted_data": (
        "StoreCustomerDeletedData",
        "StoreCustomerDeletedDataCreate",
        "StoreCustomerDeletedDataUpdate",
    ),
    "store_customer_payment_instrument_default_updated": (
        "StoreCustomerPaymentInstrumentDefaultUpdated",
        "StoreCustomerPaymentInstrumentDefaultUpdatedCreate",
        "StoreCustomerPaymentInstrumentDefaultUpdatedUpdate",
    ),
    "store_customer_payment_instrument_default_updated_data": (
        "StoreCustomerPaymentInstrumentDefaultUpdatedData",
        "StoreCustomerPaymentInstrumentDefaultUpdatedDataCreate",
        "StoreCustomerPaymentInstrumentDefaultUpdatedDataUpdate",
    ),
    "store_customer_updated": (
        "StoreCustomerUpdated",
        "StoreCustomerUpdatedCreate",
        "StoreCustomerUpdatedUpdate",
    ),
    "store_customer_updated_data": (
        "StoreCustomerUpdatedData",
        "StoreCustomerUpdatedDataCreate",
        "StoreCustomerUpdatedDataUpdate",
    ),
    "store_date_format": ("StoreDateFormat",),
    "store_features": ("StoreFeatures",),
    "store_information": ("StoreInformation",),
    "store_information_updated": (
        "StoreInformationUpdated",
        "StoreInformationUpdatedCreate",
        "StoreInformationUpdatedUpdate",
    ),
    "store_information_updated_data": (
        "StoreInformationUpdatedData",
        "StoreInformationUpdatedDataCreate",
        "StoreInformationUpdatedDataUpdate",
    ),
    "store_information_v3_metafield": (
        "StoreInformationV3Metafield",
        "StoreInformationV3MetafieldCreate",
        "StoreInformationV3MetafieldUpdate",
    ),
    "store_order_archived": (
        "StoreOrderArchived",
        "StoreOrderArchivedCreate",
        "StoreOrderArchivedUpdate",
    ),
    "store_order_archived_data": (
        "StoreOrderArchivedData",
        "StoreOrderArchivedDataCreate",
        "StoreOrderArchivedDataUpdate",
    ),
    "store_order_created": (
        "StoreOrderCreated",
        "StoreOrderCreatedCreate",
        "StoreOrderCreatedUpdate",
    ),
    "store_order_created_data": (
        "StoreOrderCreatedData",
        "StoreOrderCreatedDataCreate",
        "StoreOrderCreatedDataUpdate",
    ),
    "store_order_message_created": (
        "StoreOrderMessageCreated",
        "StoreOrderMessageCreatedCreate",
        "StoreOrderMessageCreatedUpdate",
    ),
    "store_order_message_created_data": (
        "StoreOrderMessageCreatedData",
        "StoreOrderMessageCreatedDataCreate",
        "StoreOrderMessageCreatedDataUpdate",
    ),
    "store_order_message_created_data_message": (
        "StoreOrderMessageCreatedDataMessage",
        "StoreOrderMessageCreatedDataMessageCreate",
        "StoreOrderMessageCreatedDataMessageUpdate",
    ),
    "store_order_refund_created": (
        "StoreOrderRefundCreated",
        "StoreOrderRefundCreatedCreate",
        "StoreOrderRefundCreatedUpdate",
    ),
    "store_order_refund_created_data": (
        "StoreOrderRefundCreatedData",
        "StoreOrderRefundCreatedDataCreate",
        "StoreOrderRefundCreatedDataUpdate",
    ),
    "store_order_refund_created_data_refund": (
        "StoreOrderRefundCreatedDataRefund",
        "StoreOrderRefundCreatedDataRefundCreate",
        "StoreOrderRefundCreatedDataRefundUpdate",
    ),
    "store_order_status_updated": (
        "StoreOrderStatusUpdated",
        "StoreOrderStatusUpdatedCreate",
        "StoreOrderStatusUpdatedUpdate",
    ),
    "store_order_status_updated_data": (
        "StoreOrderStatusUpdatedData",
        "StoreOrderStatusUpdatedDataCreate",
        "StoreOrderStatusUpdatedDataUpdate",
    ),
    "store_order_status_updated_data_status": (
        "StoreOrderStatusUpdatedDataStatus",
        "StoreOrderStatusUpdatedDataStatusCreate",
        "StoreOrderStatusUpdatedDataStatusUpdate",
    ),
    "store_order_updated": (
        "StoreOrderUpdated",
        "StoreOrderUpdatedCreate",
        "StoreOrderUpdatedUpdate",
    ),
    "store_order_updated_data": (
        "StoreOrderUpdatedData",
        "StoreOrderUpdatedDataCreate",
        "StoreOrderUpdatedDataUpdate",
    ),
    "store_product_created": (
        "StoreProductCreated",
        "StoreProductCreatedCreate",
        "StoreProductCreatedUpdate",
    ),
    "store_product_created_data": (
        "StoreProductCreatedData",
        "StoreProductCreatedDataCreate",
        "StoreProductCreatedDataUpdate",
    ),
    "store_product_deleted": (
        "StoreProductDeleted",
        "StoreProductDeletedCreate",
        "StoreProductDeletedUpdate",
    ),
    "store_product_deleted_data": (
        "StoreProductDeletedData",
        "StoreProductDeletedDataCreate",
        "StoreProductDeletedDataUpdate",
    ),
    "store_product_inventory_order_updated": (
        "StoreProductInventoryOrderUpdated",
        "StoreProductInventoryOrderUpdatedCreate",
        "StoreProductInventoryOrderUpdatedUpdate",
    ),
    "store_product_inventory_order_updated_data": (
        "StoreProductInventoryOrderUpdatedData",
        "StoreProductInventoryOrderUpdatedDataCreate",
        "StoreProductInventoryOrderUpdatedDataUpdate",
    ),
    "store_product_inventory_order_updated_data_inventory": (
        "StoreProductInventoryOrderUpdatedDataInventory",
        "StoreProductInventoryOrderUpdatedDataInventoryCreate",
        "StoreProductInventoryOrderUpdatedDataInventoryUpdate",
    ),
    "store_product_inventory_updated": (
        "StoreProductInventoryUpdated",
        "StoreProductInventoryUpdatedCreate",
        "StoreProductInventoryUpdatedUpdate",
    ),
    "store_product_inventory_updated_data": (
        "StoreProductInventoryUpdatedData",
        "StoreProductInventoryUpdatedDataCreate",
        "StoreProductInventoryUpdatedDataUpdate",
    ),
    "store_product_inventory_updated_data_inventory": (
        "StoreProductInventoryUpdatedDataInventory",
        "StoreProductInventoryUpdatedDataInventoryCreate",
        "StoreProductInventoryUpdatedDataInventoryUpdate",
    ),
    "store_product_updated": (
        "StoreProductUpdated",
        "StoreProductUpdatedCreate",
        "StoreProductUpdatedUpdate",
    ),
    "store_product_updated_data": (
        "StoreProductUpdatedData",
        "StoreProductUpdatedDataCreate",
        "StoreProductUpdatedDataUpdate",
    ),
    "store_profile": (
        "StoreProfile",
        "StoreProfileCreate",
        "StoreProfileUpdate",
    ),
    "store_shipment_created": (
        "StoreShipmentCreated",
        "StoreShipmentCreatedCreate",
        "StoreShipmentCreatedUpdate",
    ),
    "store_shipment_created_data": (
        "StoreShipmentCreatedData",
        "StoreShipmentCreatedDataCreate",
        "StoreShipmentCreatedDataUpdate",
    ),
    "store_shipment_deleted": (
        "StoreShipmentDeleted",
        "StoreShipmentDeletedCreate",
        "StoreShipmentDeletedUpdate",
    ),
    "store_shipment_deleted_data": (
        "StoreShipmentDeletedData",
        "StoreShipmentDeletedDataCreate",
        "StoreShipmentDeletedDataUpdate",
    ),
    "store_shipment_updated": (
        "StoreShipmentUpdated",
        "StoreShipmentUpdatedCreate",
        "StoreShipmentUpdatedUpdate",
    ),
    "store_shipment_updated_data": (
        "StoreShipmentUpdatedData",
        "StoreShipmentUpdatedDataCreate",
        "StoreShipmentUpdatedDataUpdate",
    ),
    "store_sku_created": (
        "StoreSkuCreated",
        "StoreSkuCreatedCreate",
        "StoreSkuCreatedUpdate",
    ),
    "store_sku_created_data": (
        "StoreSkuCreatedData",
        "StoreSkuCreatedDataCreate",
        "StoreSkuCreatedDataUpdate",
    ),
    "store_sku_created_data_sku": (
        "StoreSkuCreatedDataSku",
        "StoreSkuCreatedDataSkuCreate",
        "StoreSkuCreatedDataSkuUpdate",
    ),
    "store_sku_deleted": (
        "StoreSkuDeleted",
        "StoreSkuDeletedCreate",
        "StoreSkuDeletedUpdate",
    ),
    "store_sku_deleted_data": (
        "StoreSkuDeletedData",
        "StoreSkuDeletedDataCreate",
        "StoreSkuDeletedDataUpdate",
    ),
    "store_sku_deleted_data_sku": (
        "StoreSkuDeletedDataSku",
        "StoreSkuDeletedDataSkuCreate",
        "StoreSkuDeletedDataSkuUpdate",
    ),
    "store_sku_inventory_order_updated": (
        "StoreSkuInventoryOrderUpdated",
        "StoreSkuInventoryOrderUpdatedCreate",
        "StoreSkuInventoryOrderUpdatedUpdate",
    ),
    "store_sku_inventory_order_updated_data": (
        "StoreSkuInventoryOrderUpdatedData",
        "StoreSkuInventoryOrderUpdatedDataCreate",
        "StoreSkuInventoryOrderUpdatedDataUpdate",
    ),
    "store_sku_inventory_order_updated_data_inventory": (
        "StoreSkuInventoryOrderUpdatedDataInventory",
        "StoreSkuInventoryOrderUpdatedDataInventoryCreate",
        "StoreSkuInventoryOrderUpdatedDataInventoryUpdate",
    ),
    "store_sku_inventory_updated": (
        "StoreSkuInventoryUpdated",
        "StoreSkuInventoryUpdatedCreate",
        "StoreSkuInventoryUpdatedUpdate",
    ),
    "store_sku_inventory_updated_data": (
        "StoreSkuInventoryUpdatedData",
        "StoreSkuInventoryUpdatedDataCreate",
        "StoreSkuInventoryUpdatedDataUpdate",
    ),
    "store_sku_inventory_updated_data_inventory": (
        "StoreSkuInventoryUpdatedDataInventory",
        "StoreSkuInventoryUpdatedDataInventoryCreate",
        "StoreSkuInventoryUpdatedDataInventoryUpdate",
    ),
    "store_sku_updated": (
        "StoreSkuUpdated",
        "StoreSkuUpdatedCreate",
        "StoreSkuUpdatedUpdate",
    ),
    "store_sku_updated_data": (
        "StoreSkuUpdatedData",
        "StoreSkuUpdatedDataCreate",
        "StoreSkuUpdatedDataUpdate",
    ),
    "store_sku_updated_data_sku": (
        "StoreSkuUpdatedDataSku",
        "StoreSkuUpdatedDataSkuCreate",
        "StoreSkuUpdatedDataSkuUpdate",
    ),
    "store_storefront_limits": ("StoreStorefrontLimits",),
    "store_subscriber_created": (
        "StoreSubscriberCreated",
        "StoreSubscriberCreatedCreate",
        "StoreSubscriberCreatedUpdate",
    ),
    "store_subscriber_created_data": (
        "StoreSubscriberCreatedData",
        "StoreSubscriberCreatedDataCreate",
        "StoreSubscriberCreatedDataUpdate",
    ),
    "store_subscriber_deleted": (
        "StoreSubscriberDeleted",
        "StoreSubscriberDeletedCreate",
        "StoreSubscriberDeletedUpdate",
    ),
    "store_subscriber_deleted_data": (
        "StoreSubscriberDeletedData",
        "StoreSubscriberDeletedDataCreate",
        "StoreSubscriberDeletedDataUpdate",
    ),
    "store_subscriber_updated": (
        "StoreSubscriberUpdated",
        "StoreSubscriberUpdatedCreate",
        "StoreSubscriberUpdatedUpdate",
    ),
    "store_subscriber_updated_data": (
        "StoreSubscriberUpdatedData",
        "StoreSubscriberUpdatedDataCreate",
        "StoreSubscriberUpdatedDataUpdate",
    ),
    "store_time": ("StoreTime",),
    "store_timezone": ("StoreTimezone",),
    "storefront_category_settings": (
        "StorefrontCategorySettings",
        "StorefrontCategorySettingsCreate",
        "StorefrontCategorySettingsUpdate",
    ),
    "storefront_product_settings": (
        "StorefrontProductSettings",
        "StorefrontProductSettingsCreate",
        "StorefrontProductSettingsUpdate",
    ),
    "storefront_search_settings": (
        "StorefrontSearchSettings",
        "StorefrontSearchSettingsCreate",
        "StorefrontSearchSettingsUpdate",
    ),
    "storefront_security_settings": (
        "StorefrontSecuritySettings",
        "StorefrontSecuritySettingsCreate",
        "StorefrontSecuritySettingsUpdate",
    ),
    "storefront_security_settings_csp_header": (
        "StorefrontSecuritySettingsCspHeader",
        "StorefrontSecuritySettingsCspHeaderCreate",
        "StorefrontSecuritySettingsCspHeaderUpdate",
    ),
    "storefront_security_settings_hsts": (
        "StorefrontSecuritySettingsHsts",
        "StorefrontSecuritySettingsHstsCreate",
        "StorefrontSecuritySettingsHstsUpdate",
    ),
    "storefront_security_settings_x_frame_options_header": (
        "StorefrontSecuritySettingsXFrameOptionsHeader",
        "StorefrontSecuritySettingsXFrameOptionsHeaderCreate",
        "StorefrontSecuritySettingsXFrameOptionsHeaderUpdate",
    ),
    "storefront_status": (
        "StorefrontStatus",
        "StorefrontStatusCreate",
        "StorefrontStatusUpdate",
    ),
    "subscriber_base": (
        "SubscriberBase",
        "SubscriberBaseCreate",
        "SubscriberBaseUpdate",
    ),
    "subscriber_full": (
        "SubscriberFull",
        "SubscriberFullCreate",
        "SubscriberFullUpdate",
    ),
    "success_no_content_response": (
        "SuccessNoContentResponse",
        "SuccessNoContentResponseCreate",
        "SuccessNoContentResponseUpdate",
    ),
    "system_log": (
        "SystemLog",
        "SystemLogCreate",
        "SystemLogUpdate",
    ),
    "tax_class": ("TaxClass",),
    "tax_class_create_batch_item": (
        "TaxClassCreateBatchItem",
        "TaxClassCreateBatchItemCreate",
        "TaxClassCreateBatchItemUpdate",
    ),
    "tax_class_resource": (
        "TaxClassResource",
        "TaxClassResourceCreate",
        "TaxClassResourceUpdate",
    ),
    "tax_class_update_batch_item": (
        "TaxClassUpdateBatchItem",
        "TaxClassUpdateBatchItemCreate",
        "TaxClassUpdateBatchItemUpdate",
    ),
    "tax_customer": (
        "TaxCustomer",
        "TaxCustomerCreate",
        "TaxCustomerUpdate",
    ),
    "tax_rate": (
        "TaxRate",
        "TaxRateCreate",
        "TaxRateUpdate",
    ),
    "tax_rate_class_rates_item": (
        "TaxRateClassRatesItem",
        "TaxRateClassRatesItemCreate",
        "TaxRateClassRatesItemUpdate",
    ),
    "tax_rate_post": (
        "TaxRatePOST",
        "TaxRatePOSTCreate",
        "TaxRatePOSTUpdate",
    ),
    "tax_rate_post_class_rates_item": (
        "TaxRatePOSTClassRatesItem",
        "TaxRatePOSTClassRatesItemCreate",
        "TaxRatePOSTClassRatesItemUpdate",
    ),
    "tax_rate_put": (
        "TaxRatePUT",
        "TaxRatePUTCreate",
        "TaxRatePUTUpdate",
    ),
    "tax_rate_put_class_rates_item": (
        "TaxRatePUTClassRatesItem",
        "TaxRatePUTClassRatesItemCreate",
        "TaxRatePUTClassRatesItemUpdate",
    ),
    "tax_settings": (
        "TaxSettings",
        "TaxSettingsCreate",
        "TaxSettingsUpdate",
    ),
    "tax_settings_price_display_settings": (
        "TaxSettingsPriceDisplaySettings",
        "TaxSettingsPriceDisplaySettingsCreate",
        "TaxSettingsPriceDisplaySettingsUpdate",
    ),
    "tax_zone": (
        "TaxZone",
        "TaxZoneCreate",
        "TaxZoneUpdate",
    ),
    "tax_zone_post": (
        "TaxZonePOST",
        "TaxZonePOSTCreate",
        "TaxZonePOSTUpdate",
    ),
    "tax_zone_post_price_display_settings": (
        "TaxZonePOSTPriceDisplaySettings",
        "TaxZonePOSTPriceDisplaySettingsCreate",
        "TaxZonePOSTPriceDisplaySettingsUpdate",
    ),
    "tax_zone_post_shopper_target_settings": (
        "TaxZonePOSTShopperTargetSettings",
        "TaxZonePOSTShopperTargetSettingsCreate",
        "TaxZonePOSTShopperTargetSettingsUpdate",
    ),
    "tax_zone_post_shopper_target_settings_locations_item": (
        "TaxZonePOSTShopperTargetSettingsLocationsItem",
        "TaxZonePOSTShopperTargetSettingsLocationsItemCreate",
        "TaxZonePOSTShopperTargetSettingsLocationsItemUpdate",
    ),
    "tax_zone_price_display_settings": (
        "TaxZonePriceDisplaySettings",
        "TaxZonePriceDisplaySettingsCreate",
        "TaxZonePriceDisplaySettingsUpdate",
    ),
    "tax_zone_put": (
        "TaxZonePUT",
        "TaxZonePUTCreate",
        "TaxZonePUTUpdate",
    ),
    "tax_zone_put_price_display_settings": (
        "TaxZonePUTPriceDisplaySettings",
        "TaxZonePUTPriceDisplaySettingsCreate",
        "TaxZonePUTPriceDisplaySettingsUpdate",
    ),
    "tax_zone_put_shopper_target_settings": (
        "TaxZonePUTShopperTargetSettings",
        "TaxZonePUTShopperTargetSettingsCreate",
        "TaxZonePUTShopperTargetSettingsUpdate",
    ),
    "tax_zone_put_shopper_target_settings_locations_item": (
        "TaxZonePUTShopperTargetSettingsLocationsItem",
        "TaxZonePUTShopperTargetSettingsLocationsItemCreate",
        "TaxZonePUTShopperTargetSettingsLocationsItemUpdate",
    ),
    "tax_zone_shopper_target_settings": (
        "TaxZoneShopperTargetSettings",
        "TaxZoneShopperTargetSettingsCreate",
        "TaxZoneShopperTargetSettingsUpdate",
    ),
    "tax_zone_shopper_target_settings_locations_item": (
        "TaxZoneShopperTargetSettingsLocationsItem",
        "TaxZoneShopperTargetSettingsLocationsItemCreate",
        "TaxZoneShopperTargetSettingsLocationsItemUpdate",
    ),
    "template": (
        "Template",
        "TemplateCreate",
        "TemplateUpdate",
    ),
    "theme": (
        "Theme",
        "ThemeCreate",
        "ThemeUpdate",
    ),
    "theme_configuration_full": (
        "ThemeConfigurationFull",
        "ThemeConfigurationFullCreate",
        "ThemeConfigurationFullUpdate",
    ),
    "theme_configuration_write": (
        "ThemeConfigurationWrite",
        "ThemeConfigurationWriteCreate",
        "ThemeConfigurationWriteUpdate",
    ),
    "theme_region": (
        "ThemeRegion",
        "ThemeRegionCreate",
        "ThemeRegionUpdate",
    ),
    "theme_variations_item": (
        "ThemeVariationsItem",
        "ThemeVariationsItemCreate",
        "ThemeVariationsItemUpdate",
    ),
    "themes_collection_response_data_item": (
        "ThemesCollectionResponseDataItem",
        "ThemesCollectionResponseDataItemCreate",
        "ThemesCollectionResponseDataItemUpdate",
    ),
    "themes_collection_response_data_item_variations_item": (
        "ThemesCollectionResponseDataItemVariationsItem",
        "ThemesCollectionResponseDataItemVariationsItemCreate",
        "ThemesCollectionResponseDataItemVariationsItemUpdate",
    ),
    "token_base": (
        "TokenBase",
        "TokenBaseCreate",
        "TokenBaseUpdate",
    ),
    "token_post_impersonation": (
        "TokenPostImpersonation",
        "TokenPostImpersonationCreate",
        "TokenPostImpersonationUpdate",
    ),
    "token_post_private": (
        "TokenPostPrivate",
        "TokenPostPrivateCreate",
        "TokenPostPrivateUpdate",
    ),
    "transaction": (
        "Transaction",
        "TransactionCreate",
        "TransactionUpdate",
    ),
    "transaction_avs_result": (
        "TransactionAvsResult",
        "TransactionAvsResultCreate",
        "TransactionAvsResultUpdate",
    ),
    "transaction_custom": (
        "TransactionCustom",
        "TransactionCustomCreate",
        "TransactionCustomUpdate",
    ),
    "transaction_custom_provider_field_result": (
        "TransactionCustomProviderFieldResult",
        "TransactionCustomProviderFieldResultCreate",
        "TransactionCustomProviderFieldResultUpdate",
    ),
    "transaction_cvv_result": (
        "TransactionCvvResult",
        "TransactionCvvResultCreate",
        "TransactionCvvResultUpdate",
    ),
    "transaction_gift_certificate": (
        "TransactionGiftCertificate",
        "TransactionGiftCertificateCreate",
        "TransactionGiftCertificateUpdate",
    ),
    "transaction_offline": (
        "TransactionOffline",
        "TransactionOfflineCreate",
        "TransactionOfflineUpdate",
    ),
    "transaction_store_credit": (
        "TransactionStoreCredit",
        "TransactionStoreCreditCreate",
        "TransactionStoreCreditUpdate",
    ),
    "translation_definition": (
        "TranslationDefinition",
        "TranslationDefinitionCreate",
        "TranslationDefinitionUpdate",
    ),
    "tree": (
        "Tree",
        "TreeCreate",
        "TreeUpdate",
    ),
    "update_analytics_provider_request": (
        "UpdateAnalyticsProviderRequest",
        "UpdateAnalyticsProviderRequestCreate",
        "UpdateAnalyticsProviderRequestUpdate",
    ),
    "update_brand_request": (
        "UpdateBrandRequest",
        "UpdateBrandRequestCreate",
        "UpdateBrandRequestUpdate",
    ),
    "update_brand_request_custom_url": (
        "UpdateBrandRequestCustomUrl",
        "UpdateBrandRequestCustomUrlCreate",
        "UpdateBrandRequestCustomUrlUpdate",
    ),
    "update_brand_response_data": (
        "UpdateBrandResponseData",
        "UpdateBrandResponseDataCreate",
        "UpdateBrandResponseDataUpdate",
    ),
    "update_brand_response_data_custom_url": (
        "UpdateBrandResponseDataCustomUrl",
        "UpdateBrandResponseDataCustomUrlCreate",
        "UpdateBrandResponseDataCustomUrlUpdate",
    ),
    "update_brands_metafields_request_item": (
        "UpdateBrandsMetafieldsRequestItem",
        "UpdateBrandsMetafieldsRequestItemCreate",
        "UpdateBrandsMetafieldsRequestItemUpdate",
    ),
    "update_bulk_pricing_rule_request": (
        "UpdateBulkPricingRuleRequest",
        "UpdateBulkPricingRuleRequestCreate",
        "UpdateBulkPricingRuleRequestUpdate",
    ),
    "update_bulk_pricing_rule_response_data": (
        "UpdateBulkPricingRuleResponseData",
        "UpdateBulkPricingRuleResponseDataCreate",
        "UpdateBulkPricingRuleResponseDataUpdate",
    ),
    "update_carts_metafields_request_item": (
        "UpdateCartsMetafieldsRequestItem",
        "UpdateCartsMetafieldsRequestItemCreate",
        "UpdateCartsMetafieldsRequestItemUpdate",
    ),
    "update_categories_item": (
        "UpdateCategoriesItem",
        "UpdateCategoriesItemCreate",
        "UpdateCategoriesItemUpdate",
    ),
    "update_categories_metafields_request_item": (
        "UpdateCategoriesMetafieldsRequestItem",
        "UpdateCategoriesMetafieldsRequestItemCreate",
        "UpdateCategoriesMetafieldsRequestItemUpdate",
    ),
    "update_category_request": (
        "UpdateCategoryRequest",
        "UpdateCategoryRequestCreate",
        "UpdateCategoryRequestUpdate",
    ),
    "update_category_request_custom_url": (
        "UpdateCategoryRequestCustomUrl",
        "UpdateCategoryRequestCustomUrlCreate",
        "UpdateCategoryRequestCustomUrlUpdate",
    ),
    "update_category_response_data": (
        "UpdateCategoryResponseData",
        "UpdateCategoryResponseDataCreate",
        "UpdateCategoryResponseDataUpdate",
    ),
    "update_category_response_data_custom_url": (
        "UpdateCategoryResponseDataCustomUrl",
        "UpdateCategoryResponseDataCustomUrlCreate",
        "UpdateCategoryResponseDataCustomUrlUpdate",
    ),
    "update_channel_order_settings_response": (
        "UpdateChannelOrderSettingsResponse",
        "UpdateChannelOrderSettingsResponseCreate",
        "UpdateChannelOrderSettingsResponseUpdate",
    ),
    "update_channel_req": (
        "UpdateChannelReq",
        "UpdateChannelReqCreate",
        "UpdateChannelReqUpdate",
    ),
    "update_consignment_request": (
        "UpdateConsignmentRequest",
        "UpdateConsignmentRequestCreate",
        "UpdateConsignmentRequestUpdate",
    ),
    "update_consignment_request_address": (
        "UpdateConsignmentRequestAddress",
        "UpdateConsignmentRequestAddressCreate",
        "UpdateConsignmentRequestAddressUpdate",
    ),
    "update_consignment_request_address_custom_fields_item": (
        "UpdateConsignmentRequestAddressCustomFieldsItem",
        "UpdateConsignmentRequestAddressCustomFieldsItemCreate",
        "UpdateConsignmentRequestAddressCustomFieldsItemUpdate",
    ),
    "update_consignment_request_custom_shipping": (
        "UpdateConsignmentRequestCustomShipping",
        "UpdateConsignmentRequestCustomShippingCreate",
        "UpdateConsignmentRequestCustomShippingUpdate",
    ),
    "update_consignment_request_line_items_item": (
        "UpdateConsignmentRequestLineItemsItem",
        "UpdateConsignmentRequestLineItemsItemCreate",
        "UpdateConsignmentRequestLineItemsItemUpdate",
    ),
    "update_consignment_request_pickup_option": (
        "UpdateConsignmentRequestPickupOption",
        "UpdateConsignmentRequestPickupOptionCreate",
        "UpdateConsignmentRequestPickupOptionUpdate",
    ),
    "update_customer_metafield_request": (
        "UpdateCustomerMetafieldRequest",
        "UpdateCustomerMetafieldRequestCreate",
        "UpdateCustomerMetafieldRequestUpdate",
    ),
    "update_customers_metafields_request_item": (
        "UpdateCustomersMetafieldsRequestItem",
        "UpdateCustomersMetafieldsRequestItemCreate",
        "UpdateCustomersMetafieldsRequestItemUpdate",
    ),
    "update_fees_request": (
        "UpdateFeesRequest",
        "UpdateFeesRequestCreate",
        "UpdateFeesRequestUpdate",
    ),
    "update_global_order_settings_response": (
        "UpdateGlobalOrderSettingsResponse",
        "UpdateGlobalOrderSettingsResponseCreate",
        "UpdateGlobalOrderSettingsResponseUpdate",
    ),
    "update_hooks_admin_request": (
        "UpdateHooksAdminRequest",
        "UpdateHooksAdminRequestCreate",
        "UpdateHooksAdminRequestUpdate",
    ),
    "update_locations_metafields_request_item": (
        "UpdateLocationsMetafieldsRequestItem",
        "UpdateLocationsMetafieldsRequestItemCreate",
        "UpdateLocationsMetafieldsRequestItemUpdate",
    ),
    "update_orders_metafields_request_item": (
        "UpdateOrdersMetafieldsRequestItem",
        "UpdateOrdersMetafieldsRequestItemCreate",
        "UpdateOrdersMetafieldsRequestItemUpdate",
    ),
    "update_price_list_request": (
        "UpdatePriceListRequest",
        "UpdatePriceListRequestCreate",
        "UpdatePriceListRequestUpdate",
    ),
    "update_price_list_response_data": (
        "UpdatePriceListResponseData",
        "UpdatePriceListResponseDataCreate",
        "UpdatePriceListResponseDataUpdate",
    ),
    "update_product_complex_rule_request": (
        "UpdateProductComplexRuleRequest",
        "UpdateProductComplexRuleRequestCreate",
        "UpdateProductComplexRuleRequestUpdate",
    ),
    "update_product_complex_rule_request_conditions_item": (
        "UpdateProductComplexRuleRequestConditionsItem",
        "UpdateProductComplexRuleRequestConditionsItemCreate",
        "UpdateProductComplexRuleRequestConditionsItemUpdate",
    ),
    "update_product_complex_rule_request_price_adjuster": (
        "UpdateProductComplexRuleRequestPriceAdjuster",
        "UpdateProductComplexRuleRequestPriceAdjusterCreate",
        "UpdateProductComplexRuleRequestPriceAdjusterUpdate",
    ),
    "update_product_complex_rule_request_weight_adjuster": (
        "UpdateProductComplexRuleRequestWeightAdjuster",
        "UpdateProductComplexRuleRequestWeightAdjusterCreate",
        "UpdateProductComplexRuleRequestWeightAdjusterUpdate",
    ),
    "update_product_complex_rule_response_data": (
        "UpdateProductComplexRuleResponseData",
        "UpdateProductComplexRuleResponseDataCreate",
        "UpdateProductComplexRuleResponseDataUpdate",
    ),
    "update_product_complex_rule_response_data_conditions_item": (
        "UpdateProductComplexRuleResponseDataConditionsItem",
        "UpdateProductComplexRuleResponseDataConditionsItemCreate",
        "UpdateProductComplexRuleResponseDataConditionsItemUpdate",
    ),
    "update_product_complex_rule_response_data_price_adjuster": (
        "UpdateProductComplexRuleResponseDataPriceAdjuster",
        "UpdateProductComplexRuleResponseDataPriceAdjusterCreate",
        "UpdateProductComplexRuleResponseDataPriceAdjusterUpdate",
    ),
    "update_product_complex_rule_response_data_weight_adjuster": (
        "UpdateProductComplexRuleResponseDataWeightAdjuster",
        "UpdateProductComplexRuleResponseDataWeightAdjusterCreate",
        "UpdateProductComplexRuleResponseDataWeightAdjusterUpdate",
    ),
    "update_product_image_response_data": (
        "UpdateProductImageResponseData",
        "UpdateProductImageResponseDataCreate",
        "UpdateProductImageResponseDataUpdate",
    ),
    "update_product_modifier_request": (
        "UpdateProductModifierRequest",
        "UpdateProductModifierRequestCreate",
        "UpdateProductModifierRequestUpdate",
    ),
    "update_product_modifier_request_config": (
        "UpdateProductModifierRequestConfig",
        "UpdateProductModifierRequestConfigCreate",
        "UpdateProductModifierRequestConfigUpdate",
    ),
    "update_product_modifier_request_option_values_item": (
        "UpdateProductModifierRequestOptionValuesItem",
        "UpdateProductModifierRequestOptionValuesItemCreate",
        "UpdateProductModifierRequestOptionValuesItemUpdate",
    ),
    "update_product_modifier_request_option_values_item_adjusters": (
        "UpdateProductModifierRequestOptionValuesItemAdjusters",
        "UpdateProductModifierRequestOptionValuesItemAdjustersCreate",
        "UpdateProductModifierRequestOptionValuesItemAdjustersUpdate",
    ),
    "update_product_modifier_request_option_values_item_e3ad5adb": (
        "UpdateProductModifierRequestOptionValuesItemAdjustersPrice",
        "UpdateProductModifierRequestOptionValuesItemAdjustersPriceCreate",
        "UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate",
    ),
    "update_product_modifier_response_data": (
        "UpdateProductModifierResponseData",
        "UpdateProductModifierResponseDataCreate",
        "UpdateProductModifierResponseDataUpdate",
    ),
    "update_product_modifier_response_data_config": (
        "UpdateProductModifierResponseDataConfig",
        "UpdateProductModifierResponseDataConfigCreate",
        "UpdateProductModifierResponseDataConfigUpdate",
    ),
    "update_product_modifier_response_data_option_value_8357eb2b": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjusters",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersCreate",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersUpdate",
    ),
    "update_product_modifier_response_data_option_value_b346678b": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceCreate",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceUpdate",
    ),
    "update_product_modifier_response_data_option_value_b7391a08": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightCreate",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightUpdate",
    ),
    "update_product_modifier_response_data_option_value_c0038938": (
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledCreate",
        "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledUpdate",
    ),
    "update_product_modifier_response_data_option_values_item": (
        "UpdateProductModifierResponseDataOptionValuesItem",
        "UpdateProductModifierResponseDataOptionValuesItemCreate",
        "UpdateProductModifierResponseDataOptionValuesItemUpdate",
    ),
    "update_product_modifier_value_request": (
        "UpdateProductModifierValueRequest",
        "UpdateProductModifierValueRequestCreate",
        "UpdateProductModifierValueRequestUpdate",
    ),
    "update_product_modifier_value_request_adjusters": (
        "UpdateProductModifierValueRequestAdjusters",
        "UpdateProductModifierValueRequestAdjustersCreate",
        "UpdateProductModifierValueRequestAdjustersUpdate",
    ),
    "update_product_modifier_value_request_adjusters_price": (
        "UpdateProductModifierValueRequestAdjustersPrice",
        "UpdateProductModifierValueRequestAdjustersPriceCreate",
        "UpdateProductModifierValueRequestAdjustersPriceUpdate",
    ),
    "update_product_modifier_value_request_adjusters_pu_012d8aa5": (
        "UpdateProductModifierValueRequestAdjustersPurchasingDisabled",
        "UpdateProductModifierValueRequestAdjustersPurchasingDisabledCreate",
        "UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate",
    ),
    "update_product_modifier_value_request_adjusters_weight": (
        "UpdateProductModifierValueRequestAdjustersWeight",
        "UpdateProductModifierValueRequestAdjustersWeightCreate",
        "UpdateProductModifierValueRequestAdjustersWeightUpdate",
    ),
    "update_product_modifier_value_response_data": (
        "UpdateProductModifierValueResponseData",
        "UpdateProductModifierValueResponseDataCreate",
        "UpdateProductModifierValueResponseDataUpdate",
    ),
    "update_product_modifier_value_response_data_adjust_7c655564": (
        "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled",
        "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate",
        "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate",
    ),
    "update_product_modifier_value_response_data_adjusters": (
        "UpdateProductModifierValueResponseDataAdjusters",
        "UpdateProductModifierValueResponseDataAdjustersCreate",
        "UpdateProductModifierValueResponseDataAdjustersUpdate",
    ),
    "update_product_modifier_value_response_data_adjusters_price": (
        "UpdateProductModifierValueResponseDataAdjustersPrice",
        "UpdateProductModifierValueResponseDataAdjustersPriceCreate",
        "UpdateProductModifierValueResponseDataAdjustersPriceUpdate",
    ),
    "update_product_modifier_value_response_data_adjusters_weight": (
        "UpdateProductModifierValueResponseDataAdjustersWeight",
        "UpdateProductModifierValueResponseDataAdjustersWeightCreate",
        "UpdateProductModifierValueResponseDataAdjustersWeightUpdate",
    ),
    "update_product_review_request": (
        "UpdateProductReviewRequest",
        "UpdateProductReviewRequestCreate",
        "UpdateProductReviewRequestUpdate",
    ),
    "update_product_review_response_data": (
        "UpdateProductReviewResponseData",
        "UpdateProductReviewResponseDataCreate",
        "UpdateProductReviewResponseDataUpdate",
    ),
    "update_product_variant_option_request": (
        "UpdateProductVariantOptionRequest",
        "UpdateProductVariantOptionRequestCreate",
        "UpdateProductVariantOptionRequestUpdate",
    ),
    "update_product_variant_option_request_config": (
        "UpdateProductVariantOptionRequestConfig",
        "UpdateProductVariantOptionRequestConfigCreate",
        "UpdateProductVariantOptionRequestConfigUpdate",
    ),
    "update_product_variant_option_request_option_values_item": (
        "UpdateProductVariantOptionRequestOptionValuesItem",
        "UpdateProductVariantOptionRequestOptionValuesItemCreate",
        "UpdateProductVariantOptionRequestOptionValuesItemUpdate",
    ),
    "update_product_variant_option_response_data": (
        "UpdateProductVariantOptionResponseData",
        "UpdateProductVariantOptionResponseDataCreate",
        "UpdateProductVariantOptionResponseDataUpdate",
    ),
    "update_product_variant_option_response_data_config": (
        "UpdateProductVariantOptionResponseDataConfig",
        "UpdateProductVariantOptionResponseDataConfigCreate",
        "UpdateProductVariantOptionResponseDataConfigUpdate",
    ),
    "update_product_variant_option_response_data_option_a0691050": (
        "UpdateProductVariantOptionResponseDataOptionValuesItem",
        "UpdateProductVariantOptionResponseDataOptionValuesItemCreate",
        "UpdateProductVariantOptionResponseDataOptionValuesItemUpdate",
    ),
    "update_product_variant_option_value_request": (
        "UpdateProductVariantOptionValueRequest",
        "UpdateProductVariantOptionValueRequestCreate",
        "UpdateProductVariantOptionValueRequestUpdate",
    ),
    "update_product_variant_option_value_response_data": (
        "UpdateProductVariantOptionValueResponseData",
        "UpdateProductVariantOptionValueResponseDataCreate",
        "UpdateProductVariantOptionValueResponseDataUpdate",
    ),
    "update_product_video_request": (
        "UpdateProductVideoRequest",
        "UpdateProductVideoRequestCreate",
        "UpdateProductVideoRequestUpdate",
    ),
    "update_product_video_response_data": (
        "UpdateProductVideoResponseData",
        "UpdateProductVideoResponseDataCreate",
        "UpdateProductVideoResponseDataUpdate",
    ),
    "update_products_metafields_request_item": (
        "UpdateProductsMetafieldsRequestItem",
        "UpdateProductsMetafieldsRequestItemCreate",
        "UpdateProductsMetafieldsRequestItemUpdate",
    ),
    "update_promotion_request": (
        "UpdatePromotionRequest",
        "UpdatePromotionRequestCreate",
        "UpdatePromotionRequestUpdate",
    ),
    "update_shipping_zone_request": (
        "UpdateShippingZoneRequest",
        "UpdateShippingZoneRequestCreate",
        "UpdateShippingZoneRequestUpdate",
    ),
    "update_shipping_zone_request_free_shipping": (
        "UpdateShippingZoneRequestFreeShipping",
        "UpdateShippingZoneRequestFreeShippingCreate",
        "UpdateShippingZoneRequestFreeShippingUpdate",
    ),
    "update_shipping_zone_request_handling_fees": (
        "UpdateShippingZoneRequestHandlingFees",
        "UpdateShippingZoneRequestHandlingFeesCreate",
        "UpdateShippingZoneRequestHandlingFeesUpdate",
    ),
    "update_shipping_zone_request_locations_item": (
        "UpdateShippingZoneRequestLocationsItem",
        "UpdateShippingZoneRequestLocationsItemCreate",
        "UpdateShippingZoneRequestLocationsItemUpdate",
    ),
    "update_shipping_zone_response": (
        "UpdateShippingZoneResponse",
        "UpdateShippingZoneResponseCreate",
        "UpdateShippingZoneResponseUpdate",
    ),
    "update_shipping_zone_response_free_shipping": (
        "UpdateShippingZoneResponseFreeShipping",
        "UpdateShippingZoneResponseFreeShippingCreate",
        "UpdateShippingZoneResponseFreeShippingUpdate",
    ),
    "update_shipping_zone_response_handling_fees": (
        "UpdateShippingZoneResponseHandlingFees",
        "UpdateShippingZoneResponseHandlingFeesCreate",
        "UpdateShippingZoneResponseHandlingFeesUpdate",
    ),
    "update_shipping_zone_response_locations_item": (
        "UpdateShippingZoneResponseLocationsItem",
        "UpdateShippingZoneResponseLocationsItemCreate",
        "UpdateShippingZoneResponseLocationsItemUpdate",
    ),
    "update_store_metafields_request_item": (
        "UpdateStoreMetafieldsRequestItem",
        "UpdateStoreMetafieldsRequestItemCreate",
        "UpdateStoreMetafieldsRequestItemUpdate",
    ),
    "update_tax_provider_connection_request": (
        "UpdateTaxProviderConnectionRequest",
        "UpdateTaxProviderConnectionRequestCreate",
        "UpdateTaxProviderConnectionRequestUpdate",
    ),
    "update_variants_batch_request_item": (
        "UpdateVariantsBatchRequestItem",
        "UpdateVariantsBatchRequestItemCreate",
        "UpdateVariantsBatchRequestItemUpdate",
    ),
    "update_variants_batch_response_data_item": (
        "UpdateVariantsBatchResponseDataItem",
        "UpdateVariantsBatchResponseDataItemCreate",
        "UpdateVariantsBatchResponseDataItemUpdate",
    ),
    "update_variants_batch_response_data_item_option_values_item": (
        "UpdateVariantsBatchResponseDataItemOptionValuesItem",
        "UpdateVariantsBatchResponseDataItemOptionValuesItemCreate",
        "UpdateVariantsBatchResponseDataItemOptionValuesItemUpdate",
    ),
    "update_variants_metafields_request_item": (
        "UpdateVariantsMetafieldsRequestItem",
        "UpdateVariantsMetafieldsRequestItemCreate",
        "UpdateVariantsMetafieldsRequestItemUpdate",
    ),
    "upload_signature_response": (
        "UploadSignatureResponse",
        "UploadSignatureResponseCreate",
        "UploadSignatureResponseUpdate",
    ),
    "upload_store_theme_request": (
        "UploadStoreThemeRequest",
        "UploadStoreThemeRequestCreate",
        "UploadStoreThemeRequestUpdate",
    ),
    "upsert_listing_with_listing_id_req": (
        "UpsertListingWithListingIdReq",
        "UpsertListingWithListingIdReqCreate",
        "UpsertListingWithListingIdReqUpdate",
    ),
    "upsert_listing_without_listing_id_req": (
        "UpsertListingWithoutListingIdReq",
        "UpsertListingWithoutListingIdReqCreate",
        "UpsertListingWithoutListingIdReqUpdate",
    ),
    "upsert_price_list_records_request_item": (
        "UpsertPriceListRecordsRequestItem",
        "UpsertPriceListRecordsRequestItemCreate",
        "UpsertPriceListRecordsRequestItemUpdate",
    ),
    "upsert_price_list_records_request_item_bulk_pricin_175f0e41": (
        "UpsertPriceListRecordsRequestItemBulkPricingTiersItem",
        "UpsertPriceListRecordsRequestItemBulkPricingTiersItemCreate",
        "UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate",
    ),
    "v2_order_shipping_address": (
        "V2OrderShippingAddress",
        "V2OrderShippingAddressCreate",
        "V2OrderShippingAddressUpdate",
    ),
    "v3_category": (
        "V3Category",
        "V3CategoryCreate",
        "V3CategoryUpdate",
    ),
    "v3_customer": (
        "V3Customer",
        "V3CustomerCreate",
        "V3CustomerUpdate",
    ),
    "validate_customer_credentials_object": (
        "ValidateCustomerCredentialsObject",
        "ValidateCustomerCredentialsObjectCreate",
        "ValidateCustomerCredentialsObjectUpdate",
    ),
    "validate_customer_credentials_response_object": (
        "ValidateCustomerCredentialsResponseObject",
        "ValidateCustomerCredentialsResponseObjectCreate",
        "ValidateCustomerCredentialsResponseObjectUpdate",
    ),
    "validate_customer_password_request": (
        "ValidateCustomerPasswordRequest",
        "ValidateCustomerPasswordRequestCreate",
        "ValidateCustomerPasswordRequestUpdate",
    ),
    "validate_password": (
        "ValidatePassword",
        "ValidatePasswordCreate",
        "ValidatePasswordUpdate",
    ),
    "webhook": (
        "Webhook",
        "WebhookCreate",
        "WebhookUpdate",
    ),
    "webhook_base": (
        "WebhookBase",
        "WebhookBaseCreate",
        "WebhookBaseUpdate",
    ),
    "webhook_full": (
        "WebhookFull",
        "WebhookFullCreate",
        "WebhookFullUpdate",
    ),
    "webhook_put": (
        "WebhookPut",
        "WebhookPutCreate",
        "WebhookPutUpdate",
    ),
    "webhook_resp_response_data": (
        "WebhookRespResponseData",
        "WebhookRespResponseDataCreate",
        "WebhookRespResponseDataUpdate",
    ),
    "webhooks_resp_response_data_item": (
        "WebhooksRespResponseDataItem",
        "WebhooksRespResponseDataItemCreate",
        "WebhooksRespResponseDataItemUpdate",
    ),
    "which_theme_to_download": (
        "WhichThemeToDownload",
        "WhichThemeToDownloadCreate",
        "WhichThemeToDownloadUpdate",
    ),
    "widget": (
        "Widget",
        "WidgetCreate",
        "WidgetUpdate",
    ),
    "widget_full": (
        "WidgetFull",
        "WidgetFullCreate",
        "WidgetFullUpdate",
    ),
    "widget_post": (
        "WidgetPost",
        "WidgetPostCreate",
        "WidgetPostUpdate",
    ),
    "widget_put": (
        "WidgetPut",
        "WidgetPutCreate",
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
    "widget_template_full": (
        "WidgetTemplateFull",
        "WidgetTemplateFullCreate",
        "WidgetTemplateFullUpdate",
    ),
    "widget_template_post": (
        "WidgetTemplatePost",
        "WidgetTemplatePostCreate",
        "WidgetTemplatePostUpdate",
    ),
    "widget_template_preview": (
        "WidgetTemplatePreview",
        "WidgetTemplatePreviewCreate",
        "WidgetTemplatePreviewUpdate",
    ),
    "widget_template_preview_response_data": (
        "WidgetTemplatePreviewResponseData",
        "WidgetTemplatePreviewResponseDataCreate",
        "WidgetTemplatePreviewResponseDataUpdate",
    ),
    "widget_template_put": (
        "WidgetTemplatePut",
        "WidgetTemplatePutCreate",
        "WidgetTemplatePutUpdate",
    ),
    "wishlist_full": (
        "WishlistFull",
        "WishlistFullCreate",
        "WishlistFullUpdate",
    ),
    "wishlist_item_full": (
        "WishlistItemFull",
        "WishlistItemFullCreate",
        "WishlistItemFullUpdate",
    ),
    "wishlist_item_post": (
        "WishlistItemPost",
        "WishlistItemPostCreate",
        "WishlistItemPostUpdate",
    ),
    "wishlist_item_post_items_item": (
        "WishlistItemPostItemsItem",
        "WishlistItemPostItemsItemCreate",
        "WishlistItemPostItemsItemUpdate",
    ),
    "wishlist_post": (
        "WishlistPost",
        "WishlistPostCreate",
        "WishlistPostUpdate",
    ),
    "wishlist_post_items_item": (
        "WishlistPostItemsItem",
        "WishlistPostItemsItemCreate",
        "WishlistPostItemsItemUpdate",
    ),
    "wishlist_put": (
        "WishlistPut",
        "WishlistPutCreate",
        "WishlistPutUpdate",
    ),
    "wishlist_put_items_item": (
        "WishlistPutItemsItem",
        "WishlistPutItemsItemCreate",
        "WishlistPutItemsItemUpdate",
    ),
    "zone_check": (
        "ZoneCheck",
        "ZoneCheckCreate",
        "ZoneCheckUpdate",
    ),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "AbandondedCartEmail",
    "AbandondedCartEmailCreate",
    "AbandondedCartEmailPayload",
    "AbandondedCartEmailPayloadCreate",
    "AbandondedCartEmailPayloadUpdate",
    "AbandondedCartEmailUpdate",
    "AbandonedCartEmailsV3AbandonedCartSettings",
    "AbandonedCartEmailsV3AbandonedCartSettingsCreate",
    "AbandonedCartEmailsV3AbandonedCartSettingsUpdate",
    "AbandonedCartInfoFull",
    "AbandonedCartInfoFullCreate",
    "AbandonedCartInfoFullUpdate",
    "AbandonedCartsV3AbandonedCartSettings",
    "AbandonedCartsV3AbandonedCartSettingsCreate",
    "AbandonedCartsV3AbandonedCartSettingsUpdate",
    "AccessTokensPaymentsV3Order",
    "AccessTokensPaymentsV3OrderCreate",
    "AccessTokensPaymentsV3OrderUpdate",
    "Action",
    "ActionCreate",
    "ActionUpdate",
    "Activate",
    "ActivateCreate",
    "ActivateUpdate",
    "ActiveTheme",
    "ActiveThemeCreate",
    "ActiveThemeUpdate",
    "AddCheckoutDiscountRequest",
    "AddCheckoutDiscountRequestCart",
    "AddCheckoutDiscountRequestCartCreate",
    "AddCheckoutDiscountRequestCartDiscountsItem",
    "AddCheckoutDiscountRequestCartDiscountsItemCreate",
    "AddCheckoutDiscountRequestCartDiscountsItemUpdate",
    "AddCheckoutDiscountRequestCartLineItemsItem",
    "AddCheckoutDiscountRequestCartLineItemsItemCreate",
    "AddCheckoutDiscountRequestCartLineItemsItemUpdate",
    "AddCheckoutDiscountRequestCartUpdate",
    "AddCheckoutDiscountRequestCreate",
    "AddCheckoutDiscountRequestUpdate",
    "AddFeesRequest",
    "AddFeesRequestCreate",
    "AddFeesRequestUpdate",
    "AddressCollectionResponseDataItem",
    "AddressCollectionResponseDataItemCreate",
    "AddressCollectionResponseDataItemUpdate",
    "AddressCollectionResponsePostPutResponseDataItem",
    "AddressCollectionResponsePostPutResponseDataItemCreate",
    "AddressCollectionResponsePostPutResponseDataItemUpdate",
    "AddressFull",
    "AddressFullCreate",
    "AddressFullUpdate",
    "AddressMatcher",
    "AddressMatcherCreate",
    "AddressMatcherUpdate",
    "AddressPost",
    "AddressPostCreate",
    "AddressPostUpdate",
    "AddressProperties",
    "AddressPropertiesCreate",
    "AddressPropertiesCustomFieldsItem",
    "AddressPropertiesCustomFieldsItemCreate",
    "AddressPropertiesCustomFieldsItemUpdate",
    "AddressPropertiesUpdate",
    "AddressPut",
    "AddressPutCreate",
    "AddressPutUpdate",
    "AdjusterFull",
    "AdjusterFullCreate",
    "AdjusterFullUpdate",
    "AdjustersFull",
    "AdjustersFullCreate",
    "AdjustersFullPurchasingDisabled",
    "AdjustersFullPurchasingDisabledCreate",
    "AdjustersFullPurchasingDisabledUpdate",
    "AdjustersFullUpdate",
    "AdjustmentsAbsoluteRequest",
    "AdjustmentsAbsoluteRequestCreate",
    "AdjustmentsAbsoluteRequestItemsItem",
    "AdjustmentsAbsoluteRequestItemsItemCreate",
    "AdjustmentsAbsoluteRequestItemsItemUpdate",
    "AdjustmentsAbsoluteRequestUpdate",
    "AdjustmentsRelativeRequest",
    "AdjustmentsRelativeRequestCreate",
    "AdjustmentsRelativeRequestItemsItem",
    "AdjustmentsRelativeRequestItemsItemCreate",
    "AdjustmentsRelativeRequestItemsItemUpdate",
    "AdjustmentsRelativeRequestUpdate",
    "AnalyticsProvider",
    "AnalyticsProviderCreate",
    "AnalyticsProviderUpdate",
    "AssignmentForGetResponse",
    "AssignmentForGetResponseCreate",
    "AssignmentForGetResponseUpdate",
    "AssignmentForPutRequest",
    "AssignmentForPutRequestCreate",
    "AssignmentForPutRequestUpdate",
    "AssignmentForPutResponseData",
    "AssignmentForPutResponseDataCreate",
    "AssignmentForPutResponseDataUpdate",
    "AssignmentsForRequest",
    "AssignmentsForRequestCreate",
    "AssignmentsForRequestUpdate",
    "AttributeFull",
    "AttributeFullCreate",
    "AttributeFullUpdate",
    "AttributePost",
    "AttributePostCreate",
    "AttributePostUpdate",
    "AttributePut",
    "AttributePutCreate",
    "AttributePutUpdate",
    "AttributeValueBase",
    "AttributeValueBaseCreate",
    "AttributeValueBaseUpdate",
    "AvailabilityByWeekDay",
    "AvailabilityByWeekDayCreate",
    "AvailabilityByWeekDayUpdate",
    "AvailableFilter",
    "AvailableFilterCreate",
    "AvailableFilterUpdate",
    "AvailableItem",
    "AvailableItemCreate",
    "AvailableItemUpdate",
    "Banner",
    "BannerCreate",
    "BannerUpdate",
    "BaseFee",
    "BaseFeeCreate",
    "BaseFeeUpdate",
    "BasePickupMethod",
    "BasePickupMethodCreate",
    "BasePickupMethodUpdate",
    "BillingAddress",
    "BillingAddressCreate",
    "BillingAddressUpdate",
    "BlackoutHoursItem",
    "BlackoutHoursItemCreate",
    "BlackoutHoursItemUpdate",
    "BlogPost",
    "BlogPostCreate",
    "BlogPostUpdate",
    "BlogTagsItem",
    "BlogTagsItemCreate",
    "BlogTagsItemUpdate",
    "Brand",
    "BrandCreate",
    "BrandFull",
    "BrandFullCreate",
    "BrandFullUpdate",
    "BrandUpdate",
    "BrandsCatalogV3CustomUrlFull",
    "BrandsCatalogV3CustomUrlFullCreate",
    "BrandsCatalogV3CustomUrlFullUpdate",
    "BrandsCatalogV3Metafield",
    "BrandsCatalogV3MetafieldBase",
    "BrandsCatalogV3MetafieldBaseCreate",
    "BrandsCatalogV3MetafieldBaseUpdate",
    "BrandsCatalogV3MetafieldCreate",
    "BrandsCatalogV3MetafieldFull",
    "BrandsCatalogV3MetafieldFullCreate",
    "BrandsCatalogV3MetafieldFullUpdate",
    "BrandsCatalogV3MetafieldUpdate",
    "BulkCouponCode",
    "BulkCouponCodeCreate",
    "BulkCouponCodeUpdate",
    "BulkCouponCodesResponseData",
    "BulkCouponCodesResponseDataCreate",
    "BulkCouponCodesResponseDataUpdate",
    "BulkPricingRuleFull",
    "BulkPricingRuleFullCreate",
    "BulkPricingRuleFullUpdate",
    "BulkPricingTierTaxDiscountAmountItem",
    "BulkPricingTierTaxDiscountAmountItemCreate",
    "BulkPricingTierTaxDiscountAmountItemUpdate",
    "CallbackCategoryDataData",
    "CallbackCategoryDataDataCreate",
    "CallbackCategoryDataDataUpdate",
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
    "CartCreatePostDataCurrencyUpdate",
    "CartCreatePostDataGiftCertificatesItem",
    "CartCreatePostDataGiftCertificatesItemCreate",
    "CartCreatePostDataGiftCertificatesItemRecipient",
    "CartCreatePostDataGiftCertificatesItemRecipientCreate",
    "CartCreatePostDataGiftCertificatesItemRecipientUpdate",
    "CartCreatePostDataGiftCertificatesItemSender",
    "CartCreatePostDataGiftCertificatesItemSenderCreate",
    "CartCreatePostDataGiftCertificatesItemSenderUpdate",
    "CartCreatePostDataGiftCertificatesItemUpdate",
    "CartCreatePostDataLineItemsItem",
    "CartCreatePostDataLineItemsItemCreate",
    "CartCreatePostDataLineItemsItemUpdate",
    "CartCreatePostDataUpdate",
    "CartFull",
    "CartFullCreate",
    "CartFullCurrency",
    "CartFullCurrencyCreate",
    "CartFullCurrencyUpdate",
    "CartFullDiscountsItem",
    "CartFullDiscountsItemCreate",
    "CartFullDiscountsItemUpdate",
    "CartFullPromotions",
    "CartFullPromotionsBanners",
    "CartFullPromotionsBannersCreate",
    "CartFullPromotionsBannersUpdate",
    "CartFullPromotionsCreate",
    "CartFullPromotionsUpdate",
    "CartFullUpdate",
    "CartItemsActionCartItems",
    "CartItemsActionCartItemsCreate",
    "CartItemsActionCartItemsUpdate",
    "CartLineItemDelete",
    "CartLineItemDeleteCreate",
    "CartLineItemDeleteUpdate",
    "CartLineItemUpdatePost",
    "CartLineItemUpdatePostCreate",
    "CartLineItemUpdatePostGiftCertificatesItem",
    "CartLineItemUpdatePostGiftCertificatesItemCreate",
    "CartLineItemUpdatePostGiftCertificatesItemRecipient",
    "CartLineItemUpdatePostGiftCertificatesItemRecipientCreate",
    "CartLineItemUpdatePostGiftCertificatesItemRecipientUpdate",
    "CartLineItemUpdatePostGiftCertificatesItemSender",
    "CartLineItemUpdatePostGiftCertificatesItemSenderCreate",
    "CartLineItemUpdatePostGiftCertificatesItemSenderUpdate",
    "CartLineItemUpdatePostGiftCertificatesItemUpdate",
    "CartLineItemUpdatePostLineItemsItem",
    "CartLineItemUpdatePostLineItemsItemCreate",
    "CartLineItemUpdatePostLineItemsItemUpdate",
    "CartLineItemUpdatePostUpdate",
    "CartLineItemUpdatePut",
    "CartLineItemUpdatePutCreate",
    "CartLineItemUpdatePutGiftCertificatesItem",
    "CartLineItemUpdatePutGiftCertificatesItemCreate",
    "CartLineItemUpdatePutGiftCertificatesItemRecipient",
    "CartLineItemUpdatePutGiftCertificatesItemRecipientCreate",
    "CartLineItemUpdatePutGiftCertificatesItemRecipientUpdate",
    "CartLineItemUpdatePutGiftCertificatesItemSender",
    "CartLineItemUpdatePutGiftCertificatesItemSenderCreate",
    "CartLineItemUpdatePutGiftCertificatesItemSenderUpdate",
    "CartLineItemUpdatePutGiftCertificatesItemUpdate",
    "CartLineItemUpdatePutLineItem",
    "CartLineItemUpdatePutLineItemCreate",
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
    "CartRedirectResponseDataCreate",
    "CartRedirectResponseDataUpdate",
    "CartSettings",
    "CartSettingsCreate",
    "CartSettingsUpdate",
    "CartUpdatePutRequestData",
    "CartUpdatePutRequestDataCreate",
    "CartUpdatePutRequestDataUpdate",
    "CartValueActionCartValue",
    "CartValueActionCartValueCreate",
    "CartValueActionCartValueUpdate",
    "CartsV3AppliedCoupon",
    "CartsV3AppliedCouponCreate",
    "CartsV3AppliedCouponUpdate",
    "CartsV3Metafield",
    "CartsV3MetafieldCreate",
    "CartsV3MetafieldUpdate",
    "CatalogSettings",
    "CatalogSettingsCreate",
    "CatalogSettingsUpdate",
    "CategoriesCatalogV3MetafieldFull",
    "CategoriesCatalogV3MetafieldFullCreate",
    "CategoriesCatalogV3MetafieldFullUpdate",
    "CategoriesCatalogV3Url",
    "CategoriesCatalogV3UrlCreate",
    "CategoriesCatalogV3UrlUpdate",
    "Category",
    "CategoryCreate",
    "CategoryFull",
    "CategoryFullCreate",
    "CategoryFullUpdate",
    "CategoryNode",
    "CategoryNodeCreate",
    "CategoryNodeUpdate",
    "CategoryTreesCatalogV3Url",
    "CategoryTreesCatalogV3UrlCreate",
    "CategoryTreesCatalogV3UrlUpdate",
    "CategoryUpdate",
    "CertificateResponseData",
    "CertificateResponseDataCreate",
    "CertificateResponseDataUpdate",
    "CertificateWrite",
    "CertificateWriteCreate",
    "CertificateWriteUpdate",
    "ChannelAbandonedCartSettings",
    "ChannelAbandonedCartSettingsCreate",
    "ChannelAbandonedCartSettingsUpdate",
    "ChannelCartSettings",
    "ChannelCartSettingsCreate",
    "ChannelCartSettingsUpdate",
    "ChannelCheckoutsSettings",
    "ChannelCheckoutsSettingsCreate",
    "ChannelCheckoutsSettingsUpdate",
    "ChannelMenusPost",
    "ChannelMenusPostCreate",
    "ChannelMenusPostUpdate",
    "ChannelMenusRespResponseData",
    "ChannelMenusRespResponseDataCreate",
    "ChannelMenusRespResponseDataUpdate",
    "ChannelOrderSettings",
    "ChannelOrderSettingsCreate",
    "ChannelOrderSettingsNotifications",
    "ChannelOrderSettingsNotificationsCreate",
    "ChannelOrderSettingsNotificationsForwardInvoice",
    "ChannelOrderSettingsNotificationsForwardInvoiceCreate",
    "ChannelOrderSettingsNotificationsForwardInvoiceUpdate",
    "ChannelOrderSettingsNotificationsOrderPlaced",
    "ChannelOrderSettingsNotificationsOrderPlacedCreate",
    "ChannelOrderSettingsNotificationsOrderPlacedUpdate",
    "ChannelOrderSettingsNotificationsUpdate",
    "ChannelOrderSettingsUpdate",
    "ChannelProductVariantFull",
    "ChannelProductVariantFullCreate",
    "ChannelProductVariantFullUpdate",
    "ChannelProductVariantPartial",
    "ChannelProductVariantPartialCreate",
    "ChannelProductVariantPartialUpdate",
    "ChannelShippingSettings",
    "ChannelShippingSettingsCheckout",
    "ChannelShippingSettingsCheckoutCreate",
    "ChannelShippingSettingsCheckoutUpdate",
    "ChannelShippingSettingsCreate",
    "ChannelShippingSettingsUpdate",
    "ChannelWithCurrencies",
    "ChannelWithCurrenciesCreate",
    "ChannelWithCurrenciesUpdate",
    "ChannelWithoutCurrencies",
    "ChannelWithoutCurrenciesCreate",
    "ChannelWithoutCurrenciesUpdate",
    "ChannelsV3Site",
    "ChannelsV3SiteCreate",
    "ChannelsV3SiteUpdate",
    "ChannelsV3Url",
    "ChannelsV3UrlCreate",
    "ChannelsV3UrlUpdate",
    "Checkout",
    "CheckoutBillingAddress",
    "CheckoutBillingAddressCreate",
    "CheckoutBillingAddressCustomFieldsItem",
    "CheckoutBillingAddressCustomFieldsItemCreate",
    "CheckoutBillingAddressCustomFieldsItemUpdate",
    "CheckoutBillingAddressUpdate",
    "CheckoutCart",
    "CheckoutCartCouponsItem",
    "CheckoutCartCouponsItemCreate",
    "CheckoutCartCouponsItemUpdate",
    "CheckoutCartCreate",
    "CheckoutCartCurrency",
    "CheckoutCartCurrencyCreate",
    "CheckoutCartCurrencyUpdate",
    "CheckoutCartDiscountsItem",
    "CheckoutCartDiscountsItemCreate",
    "CheckoutCartDiscountsItemUpdate",
    "CheckoutCartLineItems",
    "CheckoutCartLineItemsCreate",
    "CheckoutCartLineItemsCustomItemsItem",
    "CheckoutCartLineItemsCustomItemsItemCreate",
    "CheckoutCartLineItemsCustomItemsItemUpdate",
    "CheckoutCartLineItemsDigitalItemsItem",
    "CheckoutCartLineItemsDigitalItemsItemCreate",
    "CheckoutCartLineItemsDigitalItemsItemDiscountsItem",
    "CheckoutCartLineItemsDigitalItemsItemDiscountsItemCreate",
    "CheckoutCartLineItemsDigitalItemsItemDiscountsItemUpdate",
    "CheckoutCartLineItemsDigitalItemsItemUpdate",
    "CheckoutCartLineItemsGiftCertificatesItem",
    "CheckoutCartLineItemsGiftCertificatesItemCreate",
    "CheckoutCartLineItemsGiftCertificatesItemRecipient",
    "CheckoutCartLineItemsGiftCertificatesItemRecipientCreate",
    "CheckoutCartLineItemsGiftCertificatesItemRecipientUpdate",
    "CheckoutCartLineItemsGiftCertificatesItemSender",
    "CheckoutCartLineItemsGiftCertificatesItemSenderCreate",
    "CheckoutCartLineItemsGiftCertificatesItemSenderUpdate",
    "CheckoutCartLineItemsGiftCertificatesItemUpdate",
    "CheckoutCartLineItemsPhysicalItemsItem",
    "CheckoutCartLineItemsPhysicalItemsItemCreate",
    "CheckoutCartLineItemsPhysicalItemsItemDiscountsItem",
    "CheckoutCartLineItemsPhysicalItemsItemDiscountsItemCreate",
    "CheckoutCartLineItemsPhysicalItemsItemDiscountsItemUpdate",
    "CheckoutCartLineItemsPhysicalItemsItemGiftWrapping",
    "CheckoutCartLineItemsPhysicalItemsItemGiftWrappingCreate",
    "CheckoutCartLineItemsPhysicalItemsItemGiftWrappingUpdate",
    "CheckoutCartLineItemsPhysicalItemsItemUpdate",
    "CheckoutCartLineItemsUpdate",
    "CheckoutCartUpdate",
    "CheckoutConsignmentsItem",
    "CheckoutConsignmentsItemAddress",
    "CheckoutConsignmentsItemAddressCreate",
    "CheckoutConsignmentsItemAddressCustomFieldsItem",
    "CheckoutConsignmentsItemAddressCustomFieldsItemCreate",
    "CheckoutConsignmentsItemAddressCustomFieldsItemUpdate",
    "CheckoutConsignmentsItemAddressUpdate",
    "CheckoutConsignmentsItemAvailableShippingOptionsItem",
    "CheckoutConsignmentsItemAvailableShippingOptionsItemCreate",
    "CheckoutConsignmentsItemAvailableShippingOptionsItemUpdate",
    "CheckoutConsignmentsItemCouponDiscountsItem",
    "CheckoutConsignmentsItemCouponDiscountsItemCreate",
    "CheckoutConsignmentsItemCouponDiscountsItemUpdate",
    "CheckoutConsignmentsItemCreate",
    "CheckoutConsignmentsItemDiscountsItem",
    "CheckoutConsignmentsItemDiscountsItemCreate",
    "CheckoutConsignmentsItemDiscountsItemUpdate",
    "CheckoutConsignmentsItemSelectedShippingOption",
    "CheckoutConsignmentsItemSelectedShippingOptionCreate",
    "CheckoutConsignmentsItemSelectedShippingOptionUpdate",
    "CheckoutConsignmentsItemUpdate",
    "CheckoutCreate",
    "CheckoutFee",
    "CheckoutFeeCreate",
    "CheckoutFeeUpdate",
    "CheckoutPromotionsItem",
    "CheckoutPromotionsItemBannersItem",
    "CheckoutPromotionsItemBannersItemCreate",
    "CheckoutPromotionsItemBannersItemUpdate",
    "CheckoutPromotionsItemCreate",
    "CheckoutPromotionsItemUpdate",
    "CheckoutPut",
    "CheckoutPutCreate",
    "CheckoutPutUpdate",
    "CheckoutTaxesItem",
    "CheckoutTaxesItemCreate",
    "CheckoutTaxesItemUpdate",
    "CheckoutUpdate",
    "CheckoutsSettings",
    "CheckoutsSettingsCreate",
    "CheckoutsSettingsRequest",
    "CheckoutsSettingsRequestCreate",
    "CheckoutsSettingsRequestUpdate",
    "CheckoutsSettingsUpdate",
    "CheckoutsV3AppliedCoupon",
    "CheckoutsV3AppliedCouponCreate",
    "CheckoutsV3AppliedCouponUpdate",
    "CheckoutsV3Order",
    "CheckoutsV3OrderCreate",
    "CheckoutsV3OrderUpdate",
    "CheckoutsV3PickupOption",
    "CheckoutsV3PickupOptionCreate",
    "CheckoutsV3PickupOptionUpdate",
    "ComplexRuleBase",
    "ComplexRuleBaseCreate",
    "ComplexRuleBaseUpdate",
    "ComplexRuleConditionBase",
    "ComplexRuleConditionBaseCreate",
    "ComplexRuleConditionBaseUpdate",
    "Condition",
    "ConditionCreate",
    "ConditionUpdate",
    "ConditionsRequestItem",
    "ConditionsRequestItemCreate",
    "ConditionsRequestItemUpdate",
    "ConfiguredFilter",
    "ConfiguredFilterCreate",
    "ConfiguredFilterUpdate",
    "ConfiguredFiltersOverride",
    "ConfiguredFiltersOverrideCreate",
    "ConfiguredFiltersOverrideUpdate",
    "ConsentFull",
    "ConsentFullCreate",
    "ConsentFullUpdate",
    "Coordinates",
    "CoordinatesCreate",
    "CoordinatesUpdate",
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
    "CouponCodeRequestUpdate",
    "CouponCodeUpdate",
    "CouponCreate",
    "CouponRestrictedTo",
    "CouponRestrictedToCreate",
    "CouponRestrictedToUpdate",
    "CouponUpdate",
    "CreateBrandImageRequest",
    "CreateBrandImageRequestCreate",
    "CreateBrandImageRequestUpdate",
    "CreateBrandImageResponseData",
    "CreateBrandImageResponseDataCreate",
    "CreateBrandImageResponseDataUpdate",
    "CreateBrandRequest",
    "CreateBrandRequestCreate",
    "CreateBrandRequestCustomUrl",
    "CreateBrandRequestCustomUrlCreate",
    "CreateBrandRequestCustomUrlUpdate",
    "CreateBrandRequestUpdate",
    "CreateBrandResponseData",
    "CreateBrandResponseDataCreate",
    "CreateBrandResponseDataCustomUrl",
    "CreateBrandResponseDataCustomUrlCreate",
    "CreateBrandResponseDataCustomUrlUpdate",
    "CreateBrandResponseDataUpdate",
    "CreateBrandsMetafieldsRequestItem",
    "CreateBrandsMetafieldsRequestItemCreate",
    "CreateBrandsMetafieldsRequestItemUpdate",
    "CreateBulkPricingRuleResponseData",
    "CreateBulkPricingRuleResponseDataCreate",
    "CreateBulkPricingRuleResponseDataUpdate",
    "CreateCartsMetafieldsRequestItem",
    "CreateCartsMetafieldsRequestItemCreate",
    "CreateCartsMetafieldsRequestItemUpdate",
    "CreateCategoriesItem",
    "CreateCategoriesItemCreate",
    "CreateCategoriesItemUpdate",
    "CreateCategoriesMetafieldsRequestItem",
    "CreateCategoriesMetafieldsRequestItemCreate",
    "CreateCategoriesMetafieldsRequestItemUpdate",
    "CreateCategoryImageRequest",
    "CreateCategoryImageRequestCreate",
    "CreateCategoryImageRequestUpdate",
    "CreateCategoryImageResponseData",
    "CreateCategoryImageResponseDataCreate",
    "CreateCategoryImageResponseDataUpdate",
    "CreateCategoryRequest",
    "CreateCategoryRequestCreate",
    "CreateCategoryRequestCustomUrl",
    "CreateCategoryRequestCustomUrlCreate",
    "CreateCategoryRequestCustomUrlUpdate",
    "CreateCategoryRequestUpdate",
    "CreateChannelReq",
    "CreateChannelReqCreate",
    "CreateChannelReqUpdate",
    "CreateCheckoutTokenRequest",
    "CreateCheckoutTokenRequestCreate",
    "CreateCheckoutTokenRequestUpdate",
    "CreateCheckoutTokenResponse",
    "CreateCheckoutTokenResponseCreate",
    "CreateCheckoutTokenResponseUpdate",
    "CreateConsignmentRequestItem",
    "CreateConsignmentRequestItemAddress",
    "CreateConsignmentRequestItemAddressCreate",
    "CreateConsignmentRequestItemAddressCustomFieldsItem",
    "CreateConsignmentRequestItemAddressCustomFieldsItemCreate",
    "CreateConsignmentRequestItemAddressCustomFieldsItemUpdate",
    "CreateConsignmentRequestItemAddressUpdate",
    "CreateConsignmentRequestItemCreate",
    "CreateConsignmentRequestItemLineItemsItem",
    "CreateConsignmentRequestItemLineItemsItemCreate",
    "CreateConsignmentRequestItemLineItemsItemUpdate",
    "CreateConsignmentRequestItemPickupOption",
    "CreateConsignmentRequestItemPickupOptionCreate",
    "CreateConsignmentRequestItemPickupOptionUpdate",
    "CreateConsignmentRequestItemUpdate",
    "CreateCustomersMetafieldsRequestItem",
    "CreateCustomersMetafieldsRequestItemCreate",
    "CreateCustomersMetafieldsRequestItemUpdate",
    "CreateDeploymentRequest",
    "CreateDeploymentRequestCreate",
    "CreateDeploymentRequestUpdate",
    "CreateDeploymentResponse",
    "CreateDeploymentResponseCreate",
    "CreateDeploymentResponseUpdate",
    "CreateLocationsMetafieldsRequestItem",
    "CreateLocationsMetafieldsRequestItemCreate",
    "CreateLocationsMetafieldsRequestItemUpdate",
    "CreateOrdersMetafieldsRequestItem",
    "CreateOrdersMetafieldsRequestItemCreate",
    "CreateOrdersMetafieldsRequestItemUpdate",
    "CreatePaymentAccessTokenRequest",
    "CreatePaymentAccessTokenRequestCreate",
    "CreatePaymentAccessTokenRequestUpdate",
    "CreatePaymentAccessTokenResponseData",
    "CreatePaymentAccessTokenResponseDataCreate",
    "CreatePaymentAccessTokenResponseDataUpdate",
    "CreatePriceListRecordsRequestItem",
    "CreatePriceListRecordsRequestItemBulkPricingTiersItem",
    "CreatePriceListRecordsRequestItemBulkPricingTiersItemCreate",
    "CreatePriceListRecordsRequestItemBulkPricingTiersItemUpdate",
    "CreatePriceListRecordsRequestItemCreate",
    "CreatePriceListRecordsRequestItemUpdate",
    "CreatePriceListRequest",
    "CreatePriceListRequestCreate",
    "CreatePriceListRequestUpdate",
    "CreatePriceListResponseData",
    "CreatePriceListResponseDataCreate",
    "CreatePriceListResponseDataUpdate",
    "CreateProductComplexRuleRequest",
    "CreateProductComplexRuleRequestCreate",
    "CreateProductComplexRuleRequestPriceAdjuster",
    "CreateProductComplexRuleRequestPriceAdjusterCreate",
    "CreateProductComplexRuleRequestPriceAdjusterUpdate",
    "CreateProductComplexRuleRequestUpdate",
    "CreateProductComplexRuleRequestWeightAdjuster",
    "CreateProductComplexRuleRequestWeightAdjusterCreate",
    "CreateProductComplexRuleRequestWeightAdjusterUpdate",
    "CreateProductComplexRuleResponseData",
    "CreateProductComplexRuleResponseDataConditionsItem",
    "CreateProductComplexRuleResponseDataConditionsItemCreate",
    "CreateProductComplexRuleResponseDataConditionsItemUpdate",
    "CreateProductComplexRuleResponseDataCreate",
    "CreateProductComplexRuleResponseDataPriceAdjuster",
    "CreateProductComplexRuleResponseDataPriceAdjusterCreate",
    "CreateProductComplexRuleResponseDataPriceAdjusterUpdate",
    "CreateProductComplexRuleResponseDataUpdate",
    "CreateProductComplexRuleResponseDataWeightAdjuster",
    "CreateProductComplexRuleResponseDataWeightAdjusterCreate",
    "CreateProductComplexRuleResponseDataWeightAdjusterUpdate",
    "CreateProductImageResponseData",
    "CreateProductImageResponseDataCreate",
    "CreateProductImageResponseDataUpdate",
    "CreateProductModifierImageRequest",
    "CreateProductModifierImageRequestCreate",
    "CreateProductModifierImageRequestUpdate",
    "CreateProductModifierImageResponseData",
    "CreateProductModifierImageResponseDataCreate",
    "CreateProductModifierImageResponseDataUpdate",
    "CreateProductModifierResponseData",
    "CreateProductModifierResponseDataCreate",
    "CreateProductModifierResponseDataUpdate",
    "CreateProductModifierValueRequest",
    "CreateProductModifierValueRequestAdjusters",
    "CreateProductModifierValueRequestAdjustersCreate",
    "CreateProductModifierValueRequestAdjustersPrice",
    "CreateProductModifierValueRequestAdjustersPriceCreate",
    "CreateProductModifierValueRequestAdjustersPriceUpdate",
    "CreateProductModifierValueRequestAdjustersPurchasingDisabled",
    "CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate",
    "CreateProductModifierValueRequestAdjustersPurchasingDisabledUpdate",
    "CreateProductModifierValueRequestAdjustersUpdate",
    "CreateProductModifierValueRequestAdjustersWeight",
    "CreateProductModifierValueRequestAdjustersWeightCreate",
    "CreateProductModifierValueRequestAdjustersWeightUpdate",
    "CreateProductModifierValueRequestCreate",
    "CreateProductModifierValueRequestUpdate",
    "CreateProductModifierValueResponseData",
    "CreateProductModifierValueResponseDataAdjusters",
    "CreateProductModifierValueResponseDataAdjustersCreate",
    "CreateProductModifierValueResponseDataAdjustersPrice",
    "CreateProductModifierValueResponseDataAdjustersPriceCreate",
    "CreateProductModifierValueResponseDataAdjustersPriceUpdate",
    "CreateProductModifierValueResponseDataAdjustersPurchasingDisabled",
    "CreateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate",
    "CreateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate",
    "CreateProductModifierValueResponseDataAdjustersUpdate",
    "CreateProductModifierValueResponseDataAdjustersWeight",
    "CreateProductModifierValueResponseDataAdjustersWeightCreate",
    "CreateProductModifierValueResponseDataAdjustersWeightUpdate",
    "CreateProductModifierValueResponseDataCreate",
    "CreateProductModifierValueResponseDataUpdate",
    "CreateProductReviewRequest",
    "CreateProductReviewRequestCreate",
    "CreateProductReviewRequestUpdate",
    "CreateProductReviewResponseData",
    "CreateProductReviewResponseDataCreate",
    "CreateProductReviewResponseDataUpdate",
    "CreateProductVariantImageRequest",
    "CreateProductVariantImageRequestCreate",
    "CreateProductVariantImageRequestUpdate",
    "CreateProductVariantImageResponseData",
    "CreateProductVariantImageResponseDataCreate",
    "CreateProductVariantImageResponseDataUpdate",
    "CreateProductVariantOptionRequest",
    "CreateProductVariantOptionRequestConfig",
    "CreateProductVariantOptionRequestConfigCreate",
    "CreateProductVariantOptionRequestConfigUpdate",
    "CreateProductVariantOptionRequestCreate",
    "CreateProductVariantOptionRequestOptionValuesItem",
    "CreateProductVariantOptionRequestOptionValuesItemCreate",
    "CreateProductVariantOptionRequestOptionValuesItemUpdate",
    "CreateProductVariantOptionRequestUpdate",
    "CreateProductVariantOptionResponseData",
    "CreateProductVariantOptionResponseDataConfig",
    "CreateProductVariantOptionResponseDataConfigCreate",
    "CreateProductVariantOptionResponseDataConfigUpdate",
    "CreateProductVariantOptionResponseDataCreate",
    "CreateProductVariantOptionResponseDataOptionValuesItem",
    "CreateProductVariantOptionResponseDataOptionValuesItemCreate",
    "CreateProductVariantOptionResponseDataOptionValuesItemUpdate",
    "CreateProductVariantOptionResponseDataUpdate",
    "CreateProductVariantOptionValueRequest",
    "CreateProductVariantOptionValueRequestCreate",
    "CreateProductVariantOptionValueRequestUpdate",
    "CreateProductVariantOptionValueResponseData",
    "CreateProductVariantOptionValueResponseDataCreate",
    "CreateProductVariantOptionValueResponseDataUpdate",
    "CreateProductVideoRequest",
    "CreateProductVideoRequestCreate",
    "CreateProductVideoRequestUpdate",
    "CreateProductVideoResponseData",
    "CreateProductVideoResponseDataCreate",
    "CreateProductVideoResponseDataUpdate",
    "CreateProductsMetafieldsRequestItem",
    "CreateProductsMetafieldsRequestItemCreate",
    "CreateProductsMetafieldsRequestItemUpdate",
    "CreateProjectRequest",
    "CreateProjectRequestCreate",
    "CreateProjectRequestUpdate",
    "CreatePromotionCodeRequest",
    "CreatePromotionCodeRequestCreate",
    "CreatePromotionCodeRequestUpdate",
    "CreatePromotionRequest",
    "CreatePromotionRequestCreate",
    "CreatePromotionRequestUpdate",
    "CreateRedirectExportJobRequest",
    "CreateRedirectExportJobRequestCreate",
    "CreateRedirectExportJobRequestUpdate",
    "CreateRedirectExportJobResponse",
    "CreateRedirectExportJobResponseCreate",
    "CreateRedirectExportJobResponseUpdate",
    "CreateRedirectImportJobRequest",
    "CreateRedirectImportJobRequestCreate",
    "CreateRedirectImportJobRequestUpdate",
    "CreateRedirectImportJobResponse",
    "CreateRedirectImportJobResponseCreate",
    "CreateRedirectImportJobResponseUpdate",
    "CreateSettingsFaviconImageRequest",
    "CreateSettingsFaviconImageRequestCreate",
    "CreateSettingsFaviconImageRequestUpdate",
    "CreateSettingsLogoImageRequest",
    "CreateSettingsLogoImageRequestCreate",
    "CreateSettingsLogoImageRequestUpdate",
    "CreateShippingZonesRequest",
    "CreateShippingZonesRequestCreate",
    "CreateShippingZonesRequestFreeShipping",
    "CreateShippingZonesRequestFreeShippingCreate",
    "CreateShippingZonesRequestFreeShippingUpdate",
    "CreateShippingZonesRequestHandlingFees",
    "CreateShippingZonesRequestHandlingFeesCreate",
    "CreateShippingZonesRequestHandlingFeesUpdate",
    "CreateShippingZonesRequestLocationsItem",
    "CreateShippingZonesRequestLocationsItemCreate",
    "CreateShippingZonesRequestLocationsItemUpdate",
    "CreateShippingZonesRequestUpdate",
    "CreateShippingZonesResponse",
    "CreateShippingZonesResponseCreate",
    "CreateShippingZonesResponseFreeShipping",
    "CreateShippingZonesResponseFreeShippingCreate",
    "CreateShippingZonesResponseFreeShippingUpdate",
    "CreateShippingZonesResponseHandlingFees",
    "CreateShippingZonesResponseHandlingFeesCreate",
    "CreateShippingZonesResponseHandlingFeesUpdate",
    "CreateShippingZonesResponseLocationsItem",
    "CreateShippingZonesResponseLocationsItemCreate",
    "CreateShippingZonesResponseLocationsItemUpdate",
    "CreateShippingZonesResponseUpdate",
    "CreateTokenRequest",
    "CreateTokenRequestCreate",
    "CreateTokenRequestUpdate",
    "CreateVariantsMetafieldsRequestItem",
    "CreateVariantsMetafieldsRequestItemCreate",
    "CreateVariantsMetafieldsRequestItemUpdate",
    "CreditCard",
    "CreditCardCreate",
    "CreditCardUpdate",
    "Currency",
    "CurrencyCreate",
    "CurrencyNotRequiredWithChannelId",
    "CurrencyNotRequiredWithChannelIdCreate",
    "CurrencyNotRequiredWithChannelIdUpdate",
    "CurrencyRequiredWithChannelId",
    "CurrencyRequiredWithChannelIdCreate",
    "CurrencyRequiredWithChannelIdUpdate",
    "CurrencyRequiredWithoutChannelId",
    "CurrencyRequiredWithoutChannelIdCreate",
    "CurrencyRequiredWithoutChannelIdUpdate",
    "CurrencyUpdate",
    "CustomAppSectionsItem",
    "CustomAppSectionsItemCreate",
    "CustomAppSectionsItemUpdate",
    "CustomFieldData",
    "CustomFieldDataCreate",
    "CustomFieldDataUpdate",
    "CustomFieldPost",
    "CustomFieldPostCreate",
    "CustomFieldPostUpdate",
    "CustomFieldPut",
    "CustomFieldPutCreate",
    "CustomFieldPutUpdate",
    "CustomTemplateAssociation",
    "CustomTemplateAssociationCreate",
    "CustomTemplateAssociationUpdate",
    "CustomTemplateAssociationUpsert",
    "CustomTemplateAssociationUpsertCreate",
    "CustomTemplateAssociationUpsertUpdate",
    "Customer",
    "CustomerAddress",
    "CustomerAddressCreate",
    "CustomerAddressUpdate",
    "CustomerAddressesCustomerPost",
    "CustomerAddressesCustomerPostCreate",
    "CustomerAddressesCustomerPostUpdate",
    "CustomerAttributeValueCollectionResponseDataItem",
    "CustomerAttributeValueCollectionResponseDataItemCreate",
    "CustomerAttributeValueCollectionResponseDataItemUpdate",
    "CustomerAttributesBase",
    "CustomerAttributesBaseCreate",
    "CustomerAttributesBaseUpdate",
    "CustomerAttributesResponseDataItem",
    "CustomerAttributesResponseDataItemCreate",
    "CustomerAttributesResponseDataItemUpdate",
    "CustomerAuthentication",
    "CustomerAuthenticationCreate",
    "CustomerAuthenticationPostPut",
    "CustomerAuthenticationPostPutCreate",
    "CustomerAuthenticationPostPutUpdate",
    "CustomerAuthenticationUpdate",
    "CustomerChannelSettingsObject",
    "CustomerChannelSettingsObjectCreate",
    "CustomerChannelSettingsObjectCustomerGroupSettings",
    "CustomerChannelSettingsObjectCustomerGroupSettingsCreate",
    "CustomerChannelSettingsObjectCustomerGroupSettingsUpdate",
    "CustomerChannelSettingsObjectPrivacySettings",
    "CustomerChannelSettingsObjectPrivacySettingsCreate",
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
    "CustomerPostUpdate",
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
    "CustomerSettingsObjectCreate",
    "CustomerSettingsObjectCustomerGroupSettings",
    "CustomerSettingsObjectCustomerGroupSettingsCreate",
    "CustomerSettingsObjectCustomerGroupSettingsUpdate",
    "CustomerSettingsObjectPrivacySettings",
    "CustomerSettingsObjectPrivacySettingsCreate",
    "CustomerSettingsObjectPrivacySettingsUpdate",
    "CustomerSettingsObjectUpdate",
    "CustomerStoredCreditAmountsItem",
    "CustomerStoredCreditAmountsItemCreate",
    "CustomerStoredCreditAmountsItemUpdate",
    "CustomerUpdate",
    "CustomersV3CustomerFull",
    "CustomersV3CustomerFullAuthentication",
    "CustomersV3CustomerFullAuthenticationCreate",
    "CustomersV3CustomerFullAuthenticationUpdate",
    "CustomersV3CustomerFullCreate",
    "CustomersV3CustomerFullUpdate",
    "CustomersV3CustomerPut",
    "CustomersV3CustomerPutCreate",
    "CustomersV3CustomerPutUpdate",
    "CustomersV3MetafieldFull",
    "CustomersV3MetafieldFullCreate",
    "CustomersV3MetafieldFullUpdate",
    "CustomsInformation",
    "CustomsInformationCreate",
    "CustomsInformationRequest",
    "CustomsInformationRequestCreate",
    "CustomsInformationRequestUpdate",
    "CustomsInformationUpdate",
    "DeclareCustomerConsentRequest",
    "DeclareCustomerConsentRequestCreate",
    "DeclareCustomerConsentRequestUpdate",
    "DeleteCarrierConnectionRequest",
    "DeleteCarrierConnectionRequestCreate",
    "DeleteCarrierConnectionRequestUpdate",
    "DeleteConsignmentRequest",
    "DeleteConsignmentRequestCreate",
    "DeleteConsignmentRequestUpdate",
    "DeleteCouponCodeRequest",
    "DeleteCouponCodeRequestCreate",
    "DeleteCouponCodeRequestUpdate",
    "DeleteFeesRequest",
    "DeleteFeesRequestCreate",
    "DeleteFeesRequestUpdate",
    "DeletePriceListRecordsResponse",
    "DeletePriceListRecordsResponseCreate",
    "DeletePriceListRecordsResponseUpdate",
    "DigitalConsignmentGet",
    "DigitalConsignmentGetCreate",
    "DigitalConsignmentGetLineItemsItem",
    "DigitalConsignmentGetLineItemsItemCreate",
    "DigitalConsignmentGetLineItemsItemUpdate",
    "DigitalConsignmentGetUpdate",
    "Discount",
    "DiscountCreate",
    "DiscountUpdate",
    "Dropzone",
    "DropzoneCreate",
    "DropzoneUpdate",
    "EmailTemplate",
    "EmailTemplateCreate",
    "EmailTemplateUpdate",
    "EnabledTransactionalEmails",
    "EnabledTransactionalEmailsCreate",
    "EnabledTransactionalEmailsUpdate",
    "EnvironmentVariable",
    "EnvironmentVariableCreate",
    "EnvironmentVariableUpdate",
    "FeeWithId",
    "FeeWithIdCreate",
    "FeeWithIdUpdate",
    "FixedPriceSetActionFixedPriceSet",
    "FixedPriceSetActionFixedPriceSetCreate",
    "FixedPriceSetActionFixedPriceSetUpdate",
    "FormField",
    "FormFieldCreate",
    "FormFieldUpdate",
    "FormFieldValue",
    "FormFieldValueAddress",
    "FormFieldValueAddressCreate",
    "FormFieldValueAddressUpdate",
    "FormFieldValueCollectionResponseDataItem",
    "FormFieldValueCollectionResponseDataItemCreate",
    "FormFieldValueCollectionResponseDataItemUpdate",
    "FormFieldValueCreate",
    "FormFieldValueCustomer",
    "FormFieldValueCustomerCreate",
    "FormFieldValueCustomerUpdate",
    "FormFieldValueFull",
    "FormFieldValueFullCreate",
    "FormFieldValueFullUpdate",
    "FormFieldValueUpdate",
    "FormFieldValuesResponseDataItem",
    "FormFieldValuesResponseDataItemCreate",
    "FormFieldValuesResponseDataItemUpdate",
    "FormFields",
    "FormFieldsCreate",
    "FormFieldsUpdate",
    "GeneratePromotionCodesBatchRequest",
    "GeneratePromotionCodesBatchRequestCreate",
    "GeneratePromotionCodesBatchRequestUpdate",
    "GeographyV2CountFull",
    "GeographyV2CountFullCreate",
    "GeographyV2CountFullUpdate",
    "GetAllBulkPricingRulesResponseData",
    "GetAllBulkPricingRulesResponseDataCreate",
    "GetAllBulkPricingRulesResponseDataUpdate",
    "GetBannersCountResponse",
    "GetBannersCountResponseCreate",
    "GetBannersCountResponseUpdate",
    "GetBulkPricingRuleResponseData",
    "GetBulkPricingRuleResponseDataCreate",
    "GetBulkPricingRuleResponseDataUpdate",
    "GetCatalogSummaryResponseData",
    "GetCatalogSummaryResponseDataCreate",
    "GetCatalogSummaryResponseDataUpdate",
    "GetCategories",
    "GetCategoriesCreate",
    "GetCategoriesUpdate",
    "GetChannelOrderSettingsResponse",
    "GetChannelOrderSettingsResponseCreate",
    "GetChannelOrderSettingsResponseUpdate",
    "GetCustomerStoredInstrumentsResponseItem",
    "GetCustomerStoredInstrumentsResponseItemCreate",
    "GetCustomerStoredInstrumentsResponseItemUpdate",
    "GetDefaultAbandonedCartEmailTemplateResponse",
    "GetDefaultAbandonedCartEmailTemplateResponseCreate",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemCreate",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysCreate",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeysUpdate",
    "GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemUpdate",
    "GetDefaultAbandonedCartEmailTemplateResponseUpdate",
    "GetGlobalOrderSettingsResponse",
    "GetGlobalOrderSettingsResponseCreate",
    "GetGlobalOrderSettingsResponseUpdate",
    "GetHooksAdminResponseData",
    "GetHooksAdminResponseDataBlockedDomainsItem",
    "GetHooksAdminResponseDataBlockedDomainsItemCreate",
    "GetHooksAdminResponseDataBlockedDomainsItemReasonsItem",
    "GetHooksAdminResponseDataBlockedDomainsItemReasonsItemCreate",
    "GetHooksAdminResponseDataBlockedDomainsItemReasonsItemUpdate",
    "GetHooksAdminResponseDataBlockedDomainsItemUpdate",
    "GetHooksAdminResponseDataCreate",
    "GetHooksAdminResponseDataHooksListItem",
    "GetHooksAdminResponseDataHooksListItemCreate",
    "GetHooksAdminResponseDataHooksListItemUpdate",
    "GetHooksAdminResponseDataUpdate",
    "GetPageSnapshotResponseData",
    "GetPageSnapshotResponseDataCreate",
    "GetPageSnapshotResponseDataUpdate",
    "GetPriceListRecordResponseData",
    "GetPriceListRecordResponseDataBulkPricingTiersItem",
    "GetPriceListRecordResponseDataBulkPricingTiersItemCreate",
    "GetPriceListRecordResponseDataBulkPricingTiersItemUpdate",
    "GetPriceListRecordResponseDataCreate",
    "GetPriceListRecordResponseDataUpdate",
    "GetPriceListRecordsByVariantIdResponseDataItem",
    "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItem",
    "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItemCreate",
    "GetPriceListRecordsByVariantIdResponseDataItemBulkPricingTiersItemUpdate",
    "GetPriceListRecordsByVariantIdResponseDataItemCreate",
    "GetPriceListRecordsByVariantIdResponseDataItemUpdate",
    "GetPriceListRecordsResponseDataItem",
    "GetPriceListRecordsResponseDataItemBulkPricingTiersItem",
    "GetPriceListRecordsResponseDataItemBulkPricingTiersItemCreate",
    "GetPriceListRecordsResponseDataItemBulkPricingTiersItemUpdate",
    "GetPriceListRecordsResponseDataItemCreate",
    "GetPriceListRecordsResponseDataItemUpdate",
    "GetPriceListResponseData",
    "GetPriceListResponseDataCreate",
    "GetPriceListResponseDataUpdate",
    "GetPriceListsResponseDataItem",
    "GetPriceListsResponseDataItemCreate",
    "GetPriceListsResponseDataItemUpdate",
    "GetPricesRequest",
    "GetPricesRequestCreate",
    "GetPricesRequestItemsItem",
    "GetPricesRequestItemsItemCreate",
    "GetPricesRequestItemsItemOptionsItem",
    "GetPricesRequestItemsItemOptionsItemCreate",
    "GetPricesRequestItemsItemOptionsItemUpdate",
    "GetPricesRequestItemsItemUpdate",
    "GetPricesRequestUpdate",
    "GetPricesResponseDataItem",
    "GetPricesResponseDataItemCalculatedPrice",
    "GetPricesResponseDataItemCalculatedPriceCreate",
    "GetPricesResponseDataItemCalculatedPriceUpdate",
    "GetPricesResponseDataItemCreate",
    "GetPricesResponseDataItemMinimumAdvertisedPrice",
    "GetPricesResponseDataItemMinimumAdvertisedPriceCreate",
    "GetPricesResponseDataItemMinimumAdvertisedPriceUpdate",
    "GetPricesResponseDataItemPrice",
    "GetPricesResponseDataItemPriceCreate",
    "GetPricesResponseDataItemPriceRange",
    "GetPricesResponseDataItemPriceRangeCreate",
    "GetPricesResponseDataItemPriceRangeMaximum",
    "GetPricesResponseDataItemPriceRangeMaximumCreate",
    "GetPricesResponseDataItemPriceRangeMaximumUpdate",
    "GetPricesResponseDataItemPriceRangeMinimum",
    "GetPricesResponseDataItemPriceRangeMinimumCreate",
    "GetPricesResponseDataItemPriceRangeMinimumUpdate",
    "GetPricesResponseDataItemPriceRangeUpdate",
    "GetPricesResponseDataItemPriceUpdate",
    "GetPricesResponseDataItemRetailPrice",
    "GetPricesResponseDataItemRetailPriceCreate",
    "GetPricesResponseDataItemRetailPriceRange",
    "GetPricesResponseDataItemRetailPriceRangeCreate",
    "GetPricesResponseDataItemRetailPriceRangeMaximum",
    "GetPricesResponseDataItemRetailPriceRangeMaximumCreate",
    "GetPricesResponseDataItemRetailPriceRangeMaximumUpdate",
    "GetPricesResponseDataItemRetailPriceRangeMinimum",
    "GetPricesResponseDataItemRetailPriceRangeMinimumCreate",
    "GetPricesResponseDataItemRetailPriceRangeMinimumUpdate",
    "GetPricesResponseDataItemRetailPriceRangeUpdate",
    "GetPricesResponseDataItemRetailPriceUpdate",
    "GetPricesResponseDataItemSalePrice",
    "GetPricesResponseDataItemSalePriceCreate",
    "GetPricesResponseDataItemSalePriceUpdate",
    "GetPricesResponseDataItemSaved",
    "GetPricesResponseDataItemSavedCreate",
    "GetPricesResponseDataItemSavedUpdate",
    "GetPricesResponseDataItemUpdate",
    "GetProductComplexRuleResponseData",
    "GetProductComplexRuleResponseDataConditionsItem",
    "GetProductComplexRuleResponseDataConditionsItemCreate",
    "GetProductComplexRuleResponseDataConditionsItemUpdate",
    "GetProductComplexRuleResponseDataCreate",
    "GetProductComplexRuleResponseDataPriceAdjuster",
    "GetProductComplexRuleResponseDataPriceAdjusterCreate",
    "GetProductComplexRuleResponseDataPriceAdjusterUpdate",
    "GetProductComplexRuleResponseDataUpdate",
    "GetProductComplexRuleResponseDataWeightAdjuster",
    "GetProductComplexRuleResponseDataWeightAdjusterCreate",
    "GetProductComplexRuleResponseDataWeightAdjusterUpdate",
    "GetProductResponseData",
    "GetProductResponseDataCreate",
    "GetProductResponseDataUpdate",
    "GetProductReviewResponseData",
    "GetProductReviewResponseDataCreate",
    "GetProductReviewResponseDataUpdate",
    "GetProductReviewsResponseDataItem",
    "GetProductReviewsResponseDataItemCreate",
    "GetProductReviewsResponseDataItemUpdate",
    "GetProductVariantOptionValueResponseData",
    "GetProductVariantOptionValueResponseDataCreate",
    "GetProductVariantOptionValueResponseDataUpdate",
    "GetProductVariantOptionValuesResponseDataItem",
    "GetProductVariantOptionValuesResponseDataItemCreate",
    "GetProductVariantOptionValuesResponseDataItemUpdate",
    "GetProductsResponseDataItem",
    "GetProductsResponseDataItemCreate",
    "GetProductsResponseDataItemUpdate",
    "GetShippingMethodResponse",
    "GetShippingMethodResponseCreate",
    "GetShippingMethodResponseHandlingFees",
    "GetShippingMethodResponseHandlingFeesCreate",
    "GetShippingMethodResponseHandlingFeesUpdate",
    "GetShippingMethodResponseUpdate",
    "GetShippingZoneResponse",
    "GetShippingZoneResponseCreate",
    "GetShippingZoneResponseFreeShipping",
    "GetShippingZoneResponseFreeShippingCreate",
    "GetShippingZoneResponseFreeShippingUpdate",
    "GetShippingZoneResponseHandlingFees",
    "GetShippingZoneResponseHandlingFeesCreate",
    "GetShippingZoneResponseHandlingFeesUpdate",
    "GetShippingZoneResponseLocationsItem",
    "GetShippingZoneResponseLocationsItemCreate",
    "GetShippingZoneResponseLocationsItemUpdate",
    "GetShippingZoneResponseUpdate",
    "GetShippingZonesResponseItem",
    "GetShippingZonesResponseItemCreate",
    "GetShippingZonesResponseItemFreeShipping",
    "GetShippingZonesResponseItemFreeShippingCreate",
    "GetShippingZonesResponseItemFreeShippingUpdate",
    "GetShippingZonesResponseItemHandlingFees",
    "GetShippingZonesResponseItemHandlingFeesCreate",
    "GetShippingZonesResponseItemHandlingFeesUpdate",
    "GetShippingZonesResponseItemLocationsItem",
    "GetShippingZonesResponseItemLocationsItemCreate",
    "GetShippingZonesResponseItemLocationsItemUpdate",
    "GetShippingZonesResponseItemUpdate",
    "GetThemeCustomTemplatesResponseData",
    "GetThemeCustomTemplatesResponseDataCreate",
    "GetThemeCustomTemplatesResponseDataUpdate",
    "GetVariantsResponseDataItem",
    "GetVariantsResponseDataItemCreate",
    "GetVariantsResponseDataItemOptionValuesItem",
    "GetVariantsResponseDataItemOptionValuesItemCreate",
    "GetVariantsResponseDataItemOptionValuesItemUpdate",
    "GetVariantsResponseDataItemUpdate",
    "GiftCertificate",
    "GiftCertificateConsignmentGet",
    "GiftCertificateConsignmentGetCreate",
    "GiftCertificateConsignmentGetLineItemsItem",
    "GiftCertificateConsignmentGetLineItemsItemCreate",
    "GiftCertificateConsignmentGetLineItemsItemUpdate",
    "GiftCertificateConsignmentGetUpdate",
    "GiftCertificateCreate",
    "GiftCertificateUpdate",
    "GiftItemActionGiftItem",
    "GiftItemActionGiftItemCreate",
    "GiftItemActionGiftItemUpdate",
    "GlobalOrderSettings",
    "GlobalOrderSettingsCreate",
    "GlobalOrderSettingsNotifications",
    "GlobalOrderSettingsNotificationsCreate",
    "GlobalOrderSettingsNotificationsForwardInvoice",
    "GlobalOrderSettingsNotificationsForwardInvoiceCreate",
    "GlobalOrderSettingsNotificationsForwardInvoiceUpdate",
    "GlobalOrderSettingsNotificationsOrderPlaced",
    "GlobalOrderSettingsNotificationsOrderPlacedCreate",
    "GlobalOrderSettingsNotificationsOrderPlacedUpdate",
    "GlobalOrderSettingsNotificationsUpdate",
    "GlobalOrderSettingsUpdate",
    "GlobalPromotionSettings",
    "GlobalPromotionSettingsCreate",
    "GlobalPromotionSettingsUpdate",
    "GoogleProductSearchMapping",
    "HTTP201CreatePagesResponseData",
    "HTTP201CreatePagesResponseDataCreate",
    "HTTP201CreatePagesResponseDataUpdate",
    "ImportErrorsItem",
    "ImportErrorsItemCreate",
    "ImportErrorsItemUpdate",
    "InstallCertificateData",
    "InstallCertificateDataCreate",
    "InstallCertificateDataUpdate",
    "InstalledCertificateDetail",
    "InstalledCertificateDetailCreate",
    "InstalledCertificateDetailUpdate",
    "InventoryNotificationsSettings",
    "InventoryNotificationsSettingsCreate",
    "InventoryNotificationsSettingsUpdate",
    "InventorySettings",
    "InventorySettingsCreate",
    "InventorySettingsUpdate",
    "ItemCustomGet",
    "ItemCustomGetCreate",
    "ItemCustomGetUpdate",
    "ItemDigitalGet",
    "ItemDigitalGetCreate",
    "ItemDigitalGetDiscountsItem",
    "ItemDigitalGetDiscountsItemCreate",
    "ItemDigitalGetDiscountsItemUpdate",
    "ItemDigitalGetUpdate",
    "ItemGiftCertificateGet",
    "ItemGiftCertificateGetCreate",
    "ItemGiftCertificateGetRecipient",
    "ItemGiftCertificateGetRecipientCreate",
    "ItemGiftCertificateGetRecipientUpdate",
    "ItemGiftCertificateGetSender",
    "ItemGiftCertificateGetSenderCreate",
    "ItemGiftCertificateGetSenderUpdate",
    "ItemGiftCertificateGetUpdate",
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
    "ItemPhysicalGetCreate",
    "ItemPhysicalGetDiscountsItem",
    "ItemPhysicalGetDiscountsItemCreate",
    "ItemPhysicalGetDiscountsItemUpdate",
    "ItemPhysicalGetGiftWrapping",
    "ItemPhysicalGetGiftWrappingCreate",
    "ItemPhysicalGetGiftWrappingUpdate",
    "ItemPhysicalGetUpdate",
    "ItemResponse",
    "ItemResponseCreate",
    "ItemResponseIdentity",
    "ItemResponseIdentityCreate",
    "ItemResponseIdentityUpdate",
    "ItemResponseLocationsItem",
    "ItemResponseLocationsItemCreate",
    "ItemResponseLocationsItemSettings",
    "ItemResponseLocationsItemSettingsCreate",
    "ItemResponseLocationsItemSettingsUpdate",
    "ItemResponseLocationsItemUpdate",
    "ItemResponseUpdate",
    "ItemsRefund",
    "ItemsRefundCreate",
    "ItemsRefundUpdate",
    "JobId",
    "JobIdCreate",
    "JobIdUpdate",
    "JobResponseData",
    "JobResponseDataCreate",
    "JobResponseDataErrorsItem",
    "JobResponseDataErrorsItemCreate",
    "JobResponseDataErrorsItemUpdate",
    "JobResponseDataUpdate",
    "JobResponseDataWarningsItem",
    "JobResponseDataWarningsItemCreate",
    "JobResponseDataWarningsItemUpdate",
    "LineItemsGet",
    "LineItemsGetCreate",
    "LineItemsGetUpdate",
    "Listing",
    "ListingCreate",
    "ListingUpdate",
    "Locale",
    "LocaleCreate",
    "LocaleObject",
    "LocaleObjectCreate",
    "LocaleObjectUpdate",
    "LocaleUpdate",
    "LocationItemsResponse",
    "LocationItemsResponseCreate",
    "LocationItemsResponseIdentity",
    "LocationItemsResponseIdentityCreate",
    "LocationItemsResponseIdentityUpdate",
    "LocationItemsResponseSettings",
    "LocationItemsResponseSettingsCreate",
    "LocationItemsResponseSettingsUpdate",
    "LocationItemsResponseUpdate",
    "LocationItemsSettingsRequest",
    "LocationItemsSettingsRequestCreate",
    "LocationItemsSettingsRequestSettingsItem",
    "LocationItemsSettingsRequestSettingsItemCreate",
    "LocationItemsSettingsRequestSettingsItemIdentity",
    "LocationItemsSettingsRequestSettingsItemIdentityCreate",
    "LocationItemsSettingsRequestSettingsItemIdentityUpdate",
    "LocationItemsSettingsRequestSettingsItemUpdate",
    "LocationItemsSettingsRequestUpdate",
    "LocationResponse",
    "LocationResponseAddress",
    "LocationResponseAddressCreate",
    "LocationResponseAddressGeoCoordinates",
    "LocationResponseAddressGeoCoordinatesCreate",
    "LocationResponseAddressGeoCoordinatesUpdate",
    "LocationResponseAddressUpdate",
    "LocationResponseCreate",
    "LocationResponseSpecialHoursItem",
    "LocationResponseSpecialHoursItemCreate",
    "LocationResponseSpecialHoursItemUpdate",
    "LocationResponseUpdate",
    "LocationsCreateRequestItem",
    "LocationsCreateRequestItemAddress",
    "LocationsCreateRequestItemAddressCreate",
    "LocationsCreateRequestItemAddressGeoCoordinates",
    "LocationsCreateRequestItemAddressGeoCoordinatesCreate",
    "LocationsCreateRequestItemAddressGeoCoordinatesUpdate",
    "LocationsCreateRequestItemAddressUpdate",
    "LocationsCreateRequestItemCreate",
    "LocationsCreateRequestItemUpdate",
    "LocationsUpdateRequestItem",
    "LocationsUpdateRequestItemAddress",
    "LocationsUpdateRequestItemAddressCreate",
    "LocationsUpdateRequestItemAddressGeoCoordinates",
    "LocationsUpdateRequestItemAddressGeoCoordinatesCreate",
    "LocationsUpdateRequestItemAddressGeoCoordinatesUpdate",
    "LocationsUpdateRequestItemAddressUpdate",
    "LocationsUpdateRequestItemCreate",
    "LocationsUpdateRequestItemUpdate",
    "LocationsV3Metafield",
    "LocationsV3MetafieldCreate",
    "LocationsV3MetafieldUpdate",
    "LogoSettings",
    "LogoSettingsCreate",
    "LogoSettingsUpdate",
    "LogoSettingsUpdate2",
    "LogoSettingsUpdate2Create",
    "LogoSettingsUpdate2Update",
    "MeasurementUnitsSettings",
    "MeasurementUnitsSettingsCreate",
    "MeasurementUnitsSettingsUpdate",
    "MerchantOverride",
    "MerchantOverrideCreate",
    "MerchantOverrideUpdate",
    "MetaData",
    "MetaDataCreate",
    "MetaDataUpdate",
    "Metafield200Response",
    "Metafield200ResponseCreate",
    "Metafield200ResponseUpdate",
    "MetafieldBasePost",
    "MetafieldBasePostCreate",
    "MetafieldBasePostPut",
    "MetafieldBasePostPutCreate",
    "MetafieldBasePostPutUpdate",
    "MetafieldBasePostUpdate",
    "MetafieldBasePut",
    "MetafieldBasePutCreate",
    "MetafieldBasePutUpdate",
    "MetafieldPost",
    "MetafieldPost2",
    "MetafieldPost2Create",
    "MetafieldPost2Update",
    "MetafieldPostCreate",
    "MetafieldPostUpdate",
    "MetafieldPut",
    "MetafieldPut2",
    "MetafieldPut2Create",
    "MetafieldPut2Update",
    "MetafieldPutCreate",
    "MetafieldPutUpdate",
    "NoContent",
    "NoContentCreate",
    "NoContentUpdate",
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
    "OrderConsignmentGetCreate",
    "OrderConsignmentGetEmail",
    "OrderConsignmentGetEmailCreate",
    "OrderConsignmentGetEmailUpdate",
    "OrderConsignmentGetUpdate",
    "OrderCoupon",
    "OrderCreate",
    "OrderFee",
    "OrderFeeCreate",
    "OrderFeeUpdate",
    "OrderFeesResp",
    "OrderFeesRespCreate",
    "OrderFeesRespUpdate",
    "OrderMessage",
    "OrderProduct",
    "OrderProductAppliedDiscount",
    "OrderProductAppliedDiscounts",
    "OrderProductAppliedDiscountsCreate",
    "OrderProductAppliedDiscountsUpdate",
    "OrderProductConfigurableField",
    "OrderProductLine",
    "OrderProductLineCreate",
    "OrderProductLineOption",
    "OrderProductLineOptionCreate",
    "OrderProductLineOptionUpdate",
    "OrderProductLineUpdate",
    "OrderProductOption",
    "OrderProductOptions",
    "OrderProductOptionsCreate",
    "OrderProductOptionsUpdate",
    "OrderProductsConfigurableFieldsItem",
    "OrderProductsConfigurableFieldsItemCreate",
    "OrderProductsConfigurableFieldsItemUpdate",
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
    "OrdersV3Metafield",
    "OrdersV3MetafieldCreate",
    "OrdersV3MetafieldUpdate",
    "Page",
    "PageCreate",
    "PagePutObj",
    "PagePutObjCreate",
    "PagePutObjUpdate",
    "PageUpdate",
    "PagesCollectionResponseDataItem",
    "PagesCollectionResponseDataItemCreate",
    "PagesCollectionResponseDataItemUpdate",
    "ParentRelation",
    "ParentRelationCreate",
    "ParentRelationUpdate",
    "PaymentMethod",
    "PaymentMethodFull",
    "PaymentMethodFullCreate",
    "PaymentMethodFullSupportedInstrumentsItem",
    "PaymentMethodFullSupportedInstrumentsItemCreate",
    "PaymentMethodFullSupportedInstrumentsItemUpdate",
    "PaymentMethodFullUpdate",
    "PaymentMethodStoredInstrument",
    "PaymentMethodStoredInstrumentCreate",
    "PaymentMethodStoredInstrumentUpdate",
    "PaymentOption",
    "PaymentOptionCreate",
    "PaymentOptionUpdate",
    "PaymentRequest",
    "PaymentRequestCreate",
    "PaymentRequestUpdate",
    "Pickup",
    "PickupConsignmentGet",
    "PickupConsignmentGetCreate",
    "PickupConsignmentGetLineItemsItem",
    "PickupConsignmentGetLineItemsItemCreate",
    "PickupConsignmentGetLineItemsItemUpdate",
    "PickupConsignmentGetUpdate",
    "PickupConsignmentLocationGet",
    "PickupConsignmentLocationGetCreate",
    "PickupConsignmentLocationGetUpdate",
    "PickupCreate",
    "PickupItem",
    "PickupItemCreate",
    "PickupItemUpdate",
    "PickupMethod",
    "PickupMethodCreate",
    "PickupMethodResponse",
    "PickupMethodResponseCreate",
    "PickupMethodResponseUpdate",
    "PickupMethodUpdate",
    "PickupOptionsResponse",
    "PickupOptionsResponseCreate",
    "PickupOptionsResponseResultsItem",
    "PickupOptionsResponseResultsItemCreate",
    "PickupOptionsResponseResultsItemUpdate",
    "PickupOptionsResponseUpdate",
    "PickupOptionsV3Item",
    "PickupOptionsV3ItemCreate",
    "PickupOptionsV3ItemUpdate",
    "PickupOptionsV3PickupOption",
    "PickupOptionsV3PickupOptionCreate",
    "PickupOptionsV3PickupOptionUpdate",
    "PickupRequestPayload",
    "PickupRequestPayloadCreate",
    "PickupRequestPayloadUpdate",
    "PickupUpdate",
    "PlacementFull",
    "PlacementFullCreate",
    "PlacementFullUpdate",
    "PlacementPost",
    "PlacementPostCreate",
    "PlacementPostUpdate",
    "PlacementPut",
    "PlacementPutCreate",
    "PlacementPutUpdate",
    "PostRequestPickup",
    "PostRequestPickupCreate",
    "PostRequestPickupItem",
    "PostRequestPickupItemCreate",
    "PostRequestPickupItemUpdate",
    "PostRequestPickupUpdate",
    "PostSite",
    "PostSiteCreate",
    "PostSiteUpdate",
    "PricingSfBulkPricingTier",
    "PricingSfBulkPricingTierCreate",
    "PricingSfBulkPricingTierUpdate",
    "PrimaryImageFull",
    "PrimaryImageFullCreate",
    "PrimaryImageFullUpdate",
    "Product",
    "ProductBasePOST",
    "ProductBasePOSTBulkPricingRulesItem",
    "ProductBasePOSTBulkPricingRulesItemCreate",
    "ProductBasePOSTBulkPricingRulesItemUpdate",
    "ProductBasePOSTCreate",
    "ProductBasePOSTUpdate",
    "ProductBasePUTBulkPricingRulesItem",
    "ProductBasePUTBulkPricingRulesItemCreate",
    "ProductBasePUTBulkPricingRulesItemUpdate",
    "ProductBaseResponseBulkPricingRulesItem",
    "ProductBaseResponseBulkPricingRulesItemCreate",
    "ProductBaseResponseBulkPricingRulesItemUpdate",
    "ProductCategoryAssignment",
    "ProductCategoryAssignmentCreate",
    "ProductCategoryAssignmentUpdate",
    "ProductChannelAssignment",
    "ProductChannelAssignmentCreate",
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
    "ProductFullCreate",
    "ProductFullUpdate",
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
    "ProductModifierOptionValueFullCreate",
    "ProductModifierOptionValueFullUpdate",
    "ProductModifierPost",
    "ProductModifierPostCreate",
    "ProductModifierPostOptionValuesItem",
    "ProductModifierPostOptionValuesItemAdjusters",
    "ProductModifierPostOptionValuesItemAdjustersCreate",
    "ProductModifierPostOptionValuesItemAdjustersPrice",
    "ProductModifierPostOptionValuesItemAdjustersPriceCreate",
    "ProductModifierPostOptionValuesItemAdjustersPriceUpdate",
    "ProductModifierPostOptionValuesItemAdjustersUpdate",
    "ProductModifierPostOptionValuesItemCreate",
    "ProductModifierPostOptionValuesItemUpdate",
    "ProductModifierPostUpdate",
    "ProductModifiersCatalogV3ConfigFull",
    "ProductModifiersCatalogV3ConfigFullCreate",
    "ProductModifiersCatalogV3ConfigFullUpdate",
    "ProductModifiersCatalogV3ProductModifierFull",
    "ProductModifiersCatalogV3ProductModifierFullCreate",
    "ProductModifiersCatalogV3ProductModifierFullUpdate",
    "ProductOption",
    "ProductOptionBase",
    "ProductOptionBaseCreate",
    "ProductOptionBaseUpdate",
    "ProductOptionConfigFull",
    "ProductOptionConfigFullCreate",
    "ProductOptionConfigFullUpdate",
    "ProductOptionFull",
    "ProductOptionFullCreate",
    "ProductOptionFullUpdate",
    "ProductOptionOptionValueFull",
    "ProductOptionOptionValueFullCreate",
    "ProductOptionOptionValueFullUpdate",
    "ProductOptionsItemMatcherProductOption",
    "ProductOptionsItemMatcherProductOptionCreate",
    "ProductOptionsItemMatcherProductOptionUpdate",
    "ProductPrimaryImage",
    "ProductPut",
    "ProductPutCollectionItem",
    "ProductPutCollectionItemCreate",
    "ProductPutCollectionItemUpdate",
    "ProductPutCreate",
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
    "ProductSortOrderCreate",
    "ProductSortOrderUpdate",
    "ProductTaxProperty",
    "ProductTaxPropertyCreate",
    "ProductTaxPropertyUpdate",
    "ProductUpdate",
    "ProductVariantOptionValueFull",
    "ProductVariantOptionValueFullCreate",
    "ProductVariantOptionValueFullUpdate",
    "ProductVariantPost",
    "ProductVariantPostCreate",
    "ProductVariantPostUpdate",
    "ProductVariantPut",
    "ProductVariantPutCreate",
    "ProductVariantPutUpdate",
    "ProductVariantsCatalogV3Metafield",
    "ProductVariantsCatalogV3MetafieldCreate",
    "ProductVariantsCatalogV3MetafieldUpdate",
    "ProductVariantsCatalogV3ProductVariantFull",
    "ProductVariantsCatalogV3ProductVariantFullCreate",
    "ProductVariantsCatalogV3ProductVariantFullUpdate",
    "ProductVideo",
    "ProductVideoCreate",
    "ProductVideoFull",
    "ProductVideoFullCreate",
    "ProductVideoFullUpdate",
    "ProductVideoUpdate",
    "ProductsCatalogV3ConfigFull",
    "ProductsCatalogV3ConfigFullCreate",
    "ProductsCatalogV3ConfigFullUpdate",
    "ProductsCatalogV3CustomUrlFull",
    "ProductsCatalogV3CustomUrlFullCreate",
    "ProductsCatalogV3CustomUrlFullUpdate",
    "ProductsCatalogV3Metafield",
    "ProductsCatalogV3MetafieldCreate",
    "ProductsCatalogV3MetafieldFull",
    "ProductsCatalogV3MetafieldFullCreate",
    "ProductsCatalogV3MetafieldFullUpdate",
    "ProductsCatalogV3MetafieldUpdate",
    "ProductsCatalogV3ProductModifierFull",
    "ProductsCatalogV3ProductModifierFullCreate",
    "ProductsCatalogV3ProductModifierFullUpdate",
    "ProductsCatalogV3ProductVariantFull",
    "ProductsCatalogV3ProductVariantFullCreate",
    "ProductsCatalogV3ProductVariantFullUpdate",
    "Project",
    "ProjectCreate",
    "ProjectUpdate",
    "PromotionsCollectionResponseDataItem",
    "PromotionsCollectionResponseDataItemCreate",
    "PromotionsCollectionResponseDataItemUpdate",
    "PromotionsResponseData",
    "PromotionsResponseDataCreate",
    "PromotionsResponseDataUpdate",
    "PromotionsV3Channel",
    "PromotionsV3ChannelCreate",
    "PromotionsV3ChannelUpdate",
    "Property",
    "PropertyCreate",
    "PropertyPOST",
    "PropertyPOSTCreate",
    "PropertyPOSTUpdate",
    "PropertyPUT",
    "PropertyPUTCreate",
    "PropertyPUTUpdate",
    "PropertyUpdate",
    "Publish",
    "PublishCreate",
    "PublishUpdate",
    "PutCheckoutUrl",
    "PutCheckoutUrlCreate",
    "PutCheckoutUrlUpdate",
    "PutPickupMethodsRequestItem",
    "PutPickupMethodsRequestItemCreate",
    "PutPickupMethodsRequestItemUpdate",
    "PutRequestPickup",
    "PutRequestPickupCreate",
    "PutRequestPickupUpdate",
    "PutSite",
    "PutSiteCreate",
    "PutSiteUpdate",
    "Redirect",
    "Redirect301ImportExportJobRead",
    "Redirect301ImportExportJobReadCreate",
    "Redirect301ImportExportJobReadUpdate",
    "Redirect301Read",
    "Redirect301ReadCreate",
    "Redirect301ReadUpdate",
    "Redirect301Upsert",
    "Redirect301UpsertCreate",
    "Redirect301UpsertUpdate",
    "RedirectCreate",
    "RedirectForward",
    "RedirectForwardCreate",
    "RedirectForwardUpdate",
    "RedirectTo",
    "RedirectToCreate",
    "RedirectToUpdate",
    "RedirectUpdate",
    "RedirectUrlsPost",
    "RedirectUrlsPostCreate",
    "RedirectUrlsPostQueryParams",
    "RedirectUrlsPostQueryParamsCreate",
    "RedirectUrlsPostQueryParamsUpdate",
    "RedirectUrlsPostUpdate",
    "ReferenceRequest",
    "ReferenceRequestCreate",
    "ReferenceRequestOptionsItem",
    "ReferenceRequestOptionsItemCreate",
    "ReferenceRequestOptionsItemUpdate",
    "ReferenceRequestUpdate",
    "Refund",
    "RefundCreate",
    "RefundIDGetData",
    "RefundIDGetDataCreate",
    "RefundIDGetDataItemsItem",
    "RefundIDGetDataItemsItemCreate",
    "RefundIDGetDataItemsItemUpdate",
    "RefundIDGetDataPaymentsItem",
    "RefundIDGetDataPaymentsItemCreate",
    "RefundIDGetDataPaymentsItemUpdate",
    "RefundIDGetDataUpdate",
    "RefundItem",
    "RefundItemAdjustment",
    "RefundItemAdjustmentCreate",
    "RefundItemAdjustmentUpdate",
    "RefundItemCreate",
    "RefundItemUpdate",
    "RefundPayment",
    "RefundPaymentCreate",
    "RefundPaymentUpdate",
    "RefundQuoteFull",
    "RefundQuoteFullCreate",
    "RefundQuoteFullUpdate",
    "RefundQuotePost",
    "RefundQuotePostCreate",
    "RefundQuotePostUpdate",
    "RefundRequestPost",
    "RefundRequestPostCreate",
    "RefundRequestPostUpdate",
    "RefundUpdate",
    "Region",
    "RegionChildrenItem",
    "RegionChildrenItemCreate",
    "RegionChildrenItemUpdate",
    "RegionCreate",
    "RegionUpdate",
    "ResourceLink",
    "ResponseConnectionData",
    "ResponseConnectionDataCreate",
    "ResponseConnectionDataTarget",
    "ResponseConnectionDataTargetCreate",
    "ResponseConnectionDataTargetUpdate",
    "ResponseConnectionDataUpdate",
    "RobotsTxtSettings",
    "RobotsTxtSettingsCreate",
    "RobotsTxtSettingsUpdate",
    "Rule",
    "RuleCreate",
    "RuleUpdate",
    "SEOSettings",
    "SEOSettingsCreate",
    "SEOSettingsUpdate",
    "SavedCouponPromotionMultipleCodes",
    "SavedCouponPromotionMultipleCodesCreate",
    "SavedCouponPromotionMultipleCodesUpdate",
    "ScriptFull",
    "ScriptFullCreate",
    "ScriptFullUpdate",
    "ScriptPost",
    "ScriptPostCreate",
    "ScriptPostUpdate",
    "ScriptPut",
    "ScriptPutCreate",
    "ScriptPutUpdate",
    "SearchArea",
    "SearchAreaCreate",
    "SearchAreaRadius",
    "SearchAreaRadiusCreate",
    "SearchAreaRadiusUpdate",
    "SearchAreaUpdate",
    "SearchFilterOverrideContextIdentifier",
    "SearchFilterOverrideContextIdentifierCreate",
    "SearchFilterOverrideContextIdentifierUpdate",
    "Segment",
    "SegmentCreate",
    "SegmentPost",
    "SegmentPostCreate",
    "SegmentPostUpdate",
    "SegmentPut",
    "SegmentPutCreate",
    "SegmentPutUpdate",
    "SegmentUpdate",
    "SetPriceListRecordRequest",
    "SetPriceListRecordRequestBulkPricingTiersItem",
    "SetPriceListRecordRequestBulkPricingTiersItemCreate",
    "SetPriceListRecordRequestBulkPricingTiersItemUpdate",
    "SetPriceListRecordRequestCreate",
    "SetPriceListRecordRequestUpdate",
    "SetPriceListRecordResponseData",
    "SetPriceListRecordResponseDataBulkPricingTiersItem",
    "SetPriceListRecordResponseDataBulkPricingTiersItemCreate",
    "SetPriceListRecordResponseDataBulkPricingTiersItemUpdate",
    "SetPriceListRecordResponseDataCreate",
    "SetPriceListRecordResponseDataUpdate",
    "ShippingActionShipping",
    "ShippingActionShippingCreate",
    "ShippingActionShippingUpdate",
    "ShippingAddressPut",
    "ShippingAddressPutCreate",
    "ShippingAddressPutUpdate",
    "ShippingConsignmentGet",
    "ShippingConsignmentGetCreate",
    "ShippingConsignmentGetLineItemsItem",
    "ShippingConsignmentGetLineItemsItemCreate",
    "ShippingConsignmentGetLineItemsItemUpdate",
    "ShippingConsignmentGetUpdate",
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
    "ShippingMethodFullCreate",
    "ShippingMethodFullUpdate",
    "ShippingQuotesBase",
    "ShippingQuotesBaseCreate",
    "ShippingQuotesBaseUpdate",
    "ShippingQuotesConsignmentResource",
    "ShippingQuotesResource",
    "ShippingSettings",
    "ShippingSettingsCheckout",
    "ShippingSettingsCheckoutCreate",
    "ShippingSettingsCheckoutUpdate",
    "ShippingSettingsCreate",
    "ShippingSettingsUpdate",
    "ShopperProfile",
    "ShopperProfileCreate",
    "ShopperProfilePost",
    "ShopperProfilePostCreate",
    "ShopperProfilePostUpdate",
    "ShopperProfileUpdate",
    "SimpleItemMatcher",
    "SimpleItemMatcherCreate",
    "SimpleItemMatcherUpdate",
    "SimpleTransactionResponse",
    "SimpleTransactionResponseCreate",
    "SimpleTransactionResponseUpdate",
    "SinglePageResponseData",
    "SinglePageResponseDataCreate",
    "SinglePageResponseDataUpdate",
    "SitePost",
    "SitePostCreate",
    "SitePostUpdate",
    "SitePut",
    "SitePutCreate",
    "SitePutUpdate",
    "SiteRouteBase",
    "SiteRouteBaseCreate",
    "SiteRouteBaseUpdate",
    "SiteRouteFull",
    "SiteRouteFullCreate",
    "SiteRouteFullUpdate",
    "SiteRoutesRouteBase",
    "SiteRoutesRouteBaseCreate",
    "SiteRoutesRouteBaseUpdate",
    "SitesV3Site",
    "SitesV3SiteCreate",
    "SitesV3SiteUpdate",
    "StoreAppUninstalled",
    "StoreAppUninstalledCreate",
    "StoreAppUninstalledData",
    "StoreAppUninstalledDataCreate",
    "StoreAppUninstalledDataUpdate",
    "StoreAppUninstalledUpdate",
    "StoreCartAbandoned",
    "StoreCartAbandonedCreate",
    "StoreCartAbandonedData",
    "StoreCartAbandonedDataCreate",
    "StoreCartAbandonedDataUpdate",
    "StoreCartAbandonedUpdate",
    "StoreCartConverted",
    "StoreCartConvertedCreate",
    "StoreCartConvertedData",
    "StoreCartConvertedDataCreate",
    "StoreCartConvertedDataUpdate",
    "StoreCartConvertedUpdate",
    "StoreCartCouponApplied",
    "StoreCartCouponAppliedCreate",
    "StoreCartCouponAppliedData",
    "StoreCartCouponAppliedDataCreate",
    "StoreCartCouponAppliedDataUpdate",
    "StoreCartCouponAppliedUpdate",
    "StoreCartCreated",
    "StoreCartCreatedCreate",
    "StoreCartCreatedData",
    "StoreCartCreatedDataCreate",
    "StoreCartCreatedDataUpdate",
    "StoreCartCreatedUpdate",
    "StoreCartDeleted",
    "StoreCartDeletedCreate",
    "StoreCartDeletedData",
    "StoreCartDeletedDataCreate",
    "StoreCartDeletedDataUpdate",
    "StoreCartDeletedUpdate",
    "StoreCartLineItemCreated",
    "StoreCartLineItemCreatedCreate",
    "StoreCartLineItemCreatedData",
    "StoreCartLineItemCreatedDataCreate",
    "StoreCartLineItemCreatedDataUpdate",
    "StoreCartLineItemCreatedUpdate",
    "StoreCartLineItemDeleted",
    "StoreCartLineItemDeletedCreate",
    "StoreCartLineItemDeletedData",
    "StoreCartLineItemDeletedDataCreate",
    "StoreCartLineItemDeletedDataUpdate",
    "StoreCartLineItemDeletedUpdate",
    "StoreCartLineItemUpdated",
    "StoreCartLineItemUpdatedCreate",
    "StoreCartLineItemUpdatedData",
    "StoreCartLineItemUpdatedDataCreate",
    "StoreCartLineItemUpdatedDataUpdate",
    "StoreCartLineItemUpdatedUpdate",
    "StoreCartLineItemWildcard",
    "StoreCartLineItemWildcardCreate",
    "StoreCartLineItemWildcardData",
    "StoreCartLineItemWildcardDataCreate",
    "StoreCartLineItemWildcardDataUpdate",
    "StoreCartLineItemWildcardUpdate",
    "StoreCartUpdated",
    "StoreCartUpdatedCreate",
    "StoreCartUpdatedData",
    "StoreCartUpdatedDataCreate",
    "StoreCartUpdatedDataUpdate",
    "StoreCartUpdatedUpdate",
    "StoreCategoryCreated",
    "StoreCategoryCreatedCreate",
    "StoreCategoryCreatedUpdate",
    "StoreCategoryDeleted",
    "StoreCategoryDeletedCreate",
    "StoreCategoryDeletedData",
    "StoreCategoryDeletedDataCreate",
    "StoreCategoryDeletedDataUpdate",
    "StoreCategoryDeletedUpdate",
    "StoreCategoryUpdated",
    "StoreCategoryUpdatedCreate",
    "StoreCategoryUpdatedData",
    "StoreCategoryUpdatedDataCreate",
    "StoreCategoryUpdatedDataUpdate",
    "StoreCategoryUpdatedUpdate",
    "StoreChannelCreated",
    "StoreChannelCreatedCreate",
    "StoreChannelCreatedData",
    "StoreChannelCreatedDataCreate",
    "StoreChannelCreatedDataUpdate",
    "StoreChannelCreatedUpdate",
    "StoreChannelUpdated",
    "StoreChannelUpdatedCreate",
    "StoreChannelUpdatedData",
    "StoreChannelUpdatedDataCreate",
    "StoreChannelUpdatedDataUpdate",
    "StoreChannelUpdatedUpdate",
    "StoreCustomerAddressCreated",
    "StoreCustomerAddressCreatedCreate",
    "StoreCustomerAddressCreatedData",
    "StoreCustomerAddressCreatedDataAddress",
    "StoreCustomerAddressCreatedDataAddressCreate",
    "StoreCustomerAddressCreatedDataAddressUpdate",
    "StoreCustomerAddressCreatedDataCreate",
    "StoreCustomerAddressCreatedDataUpdate",
    "StoreCustomerAddressCreatedUpdate",
    "StoreCustomerAddressDeleted",
    "StoreCustomerAddressDeletedCreate",
    "StoreCustomerAddressDeletedData",
    "StoreCustomerAddressDeletedDataAddress",
    "StoreCustomerAddressDeletedDataAddressCreate",
    "StoreCustomerAddressDeletedDataAddressUpdate",
    "StoreCustomerAddressDeletedDataCreate",
    "StoreCustomerAddressDeletedDataUpdate",
    "StoreCustomerAddressDeletedUpdate",
    "StoreCustomerAddressUpdated",
    "StoreCustomerAddressUpdatedCreate",
    "StoreCustomerAddressUpdatedData",
    "StoreCustomerAddressUpdatedDataAddress",
    "StoreCustomerAddressUpdatedDataAddressCreate",
    "StoreCustomerAddressUpdatedDataAddressUpdate",
    "StoreCustomerAddressUpdatedDataCreate",
    "StoreCustomerAddressUpdatedDataUpdate",
    "StoreCustomerAddressUpdatedUpdate",
    "StoreCustomerCreated",
    "StoreCustomerCreatedCreate",
    "StoreCustomerCreatedData",
    "StoreCustomerCreatedDataCreate",
    "StoreCustomerCreatedDataUpdate",
    "StoreCustomerCreatedUpdate",
    "StoreCustomerDeleted",
    "StoreCustomerDeletedCreate",
    "StoreCustomerDeletedData",
    "StoreCustomerDeletedDataCreate",
    "StoreCustomerDeletedDataUpdate",
    "StoreCustomerDeletedUpdate",
    "StoreCustomerPaymentInstrumentDefaultUpdated",
    "StoreCustomerPaymentInstrumentDefaultUpdatedCreate",
    "StoreCustomerPaymentInstrumentDefaultUpdatedData",
    "StoreCustomerPaymentInstrumentDefaultUpdatedDataCreate",
    "StoreCustomerPaymentInstrumentDefaultUpdatedDataUpdate",
    "StoreCustomerPaymentInstrumentDefaultUpdatedUpdate",
    "StoreCustomerUpdated",
    "StoreCustomerUpdatedCreate",
    "StoreCustomerUpdatedData",
    "StoreCustomerUpdatedDataCreate",
    "StoreCustomerUpdatedDataUpdate",
    "StoreCustomerUpdatedUpdate",
    "StoreDateFormat",
    "StoreFeatures",
    "StoreInformation",
    "StoreInformationUpdated",
    "StoreInformationUpdatedCreate",
    "StoreInformationUpdatedData",
    "StoreInformationUpdatedDataCreate",
    "StoreInformationUpdatedDataUpdate",
    "StoreInformationUpdatedUpdate",
    "StoreInformationV3Metafield",
    "StoreInformationV3MetafieldCreate",
    "StoreInformationV3MetafieldUpdate",
    "StoreOrderArchived",
    "StoreOrderArchivedCreate",
    "StoreOrderArchivedData",
    "StoreOrderArchivedDataCreate",
    "StoreOrderArchivedDataUpdate",
    "StoreOrderArchivedUpdate",
    "StoreOrderCreated",
    "StoreOrderCreatedCreate",
    "StoreOrderCreatedData",
    "StoreOrderCreatedDataCreate",
    "StoreOrderCreatedDataUpdate",
    "StoreOrderCreatedUpdate",
    "StoreOrderMessageCreated",
    "StoreOrderMessageCreatedCreate",
    "StoreOrderMessageCreatedData",
    "StoreOrderMessageCreatedDataCreate",
    "StoreOrderMessageCreatedDataMessage",
    "StoreOrderMessageCreatedDataMessageCreate",
    "StoreOrderMessageCreatedDataMessageUpdate",
    "StoreOrderMessageCreatedDataUpdate",
    "StoreOrderMessageCreatedUpdate",
    "StoreOrderRefundCreated",
    "StoreOrderRefundCreatedCreate",
    "StoreOrderRefundCreatedData",
    "StoreOrderRefundCreatedDataCreate",
    "StoreOrderRefundCreatedDataRefund",
    "StoreOrderRefundCreatedDataRefundCreate",
    "StoreOrderRefundCreatedDataRefundUpdate",
    "StoreOrderRefundCreatedDataUpdate",
    "StoreOrderRefundCreatedUpdate",
    "StoreOrderStatusUpdated",
    "StoreOrderStatusUpdatedCreate",
    "StoreOrderStatusUpdatedData",
    "StoreOrderStatusUpdatedDataCreate",
    "StoreOrderStatusUpdatedDataStatus",
    "StoreOrderStatusUpdatedDataStatusCreate",
    "StoreOrderStatusUpdatedDataStatusUpdate",
    "StoreOrderStatusUpdatedDataUpdate",
    "StoreOrderStatusUpdatedUpdate",
    "StoreOrderUpdated",
    "StoreOrderUpdatedCreate",
    "StoreOrderUpdatedData",
    "StoreOrderUpdatedDataCreate",
    "StoreOrderUpdatedDataUpdate",
    "StoreOrderUpdatedUpdate",
    "StoreProductCreated",
    "StoreProductCreatedCreate",
    "StoreProductCreatedData",
    "StoreProductCreatedDataCreate",
    "StoreProductCreatedDataUpdate",
    "StoreProductCreatedUpdate",
    "StoreProductDeleted",
    "StoreProductDeletedCreate",
    "StoreProductDeletedData",
    "StoreProductDeletedDataCreate",
    "StoreProductDeletedDataUpdate",
    "StoreProductDeletedUpdate",
    "StoreProductInventoryOrderUpdated",
    "StoreProductInventoryOrderUpdatedCreate",
    "StoreProductInventoryOrderUpdatedData",
    "StoreProductInventoryOrderUpdatedDataCreate",
    "StoreProductInventoryOrderUpdatedDataInventory",
    "StoreProductInventoryOrderUpdatedDataInventoryCreate",
    "StoreProductInventoryOrderUpdatedDataInventoryUpdate",
    "StoreProductInventoryOrderUpdatedDataUpdate",
    "StoreProductInventoryOrderUpdatedUpdate",
    "StoreProductInventoryUpdated",
    "StoreProductInventoryUpdatedCreate",
    "StoreProductInventoryUpdatedData",
    "StoreProductInventoryUpdatedDataCreate",
    "StoreProductInventoryUpdatedDataInventory",
    "StoreProductInventoryUpdatedDataInventoryCreate",
    "StoreProductInventoryUpdatedDataInventoryUpdate",
    "StoreProductInventoryUpdatedDataUpdate",
    "StoreProductInventoryUpdatedUpdate",
    "StoreProductUpdated",
    "StoreProductUpdatedCreate",
    "StoreProductUpdatedData",
    "StoreProductUpdatedDataCreate",
    "StoreProductUpdatedDataUpdate",
    "StoreProductUpdatedUpdate",
    "StoreProfile",
    "StoreProfileCreate",
    "StoreProfileUpdate",
    "StoreShipmentCreated",
    "StoreShipmentCreatedCreate",
    "StoreShipmentCreatedData",
    "StoreShipmentCreatedDataCreate",
    "StoreShipmentCreatedDataUpdate",
    "StoreShipmentCreatedUpdate",
    "StoreShipmentDeleted",
    "StoreShipmentDeletedCreate",
    "StoreShipmentDeletedData",
    "StoreShipmentDeletedDataCreate",
    "StoreShipmentDeletedDataUpdate",
    "StoreShipmentDeletedUpdate",
    "StoreShipmentUpdated",
    "StoreShipmentUpdatedCreate",
    "StoreShipmentUpdatedData",
    "StoreShipmentUpdatedDataCreate",
    "StoreShipmentUpdatedDataUpdate",
    "StoreShipmentUpdatedUpdate",
    "StoreSkuCreated",
    "StoreSkuCreatedCreate",
    "StoreSkuCreatedData",
    "StoreSkuCreatedDataCreate",
    "StoreSkuCreatedDataSku",
    "StoreSkuCreatedDataSkuCreate",
    "StoreSkuCreatedDataSkuUpdate",
    "StoreSkuCreatedDataUpdate",
    "StoreSkuCreatedUpdate",
    "StoreSkuDeleted",
    "StoreSkuDeletedCreate",
    "StoreSkuDeletedData",
    "StoreSkuDeletedDataCreate",
    "StoreSkuDeletedDataSku",
    "StoreSkuDeletedDataSkuCreate",
    "StoreSkuDeletedDataSkuUpdate",
    "StoreSkuDeletedDataUpdate",
    "StoreSkuDeletedUpdate",
    "StoreSkuInventoryOrderUpdated",
    "StoreSkuInventoryOrderUpdatedCreate",
    "StoreSkuInventoryOrderUpdatedData",
    "StoreSkuInventoryOrderUpdatedDataCreate",
    "StoreSkuInventoryOrderUpdatedDataInventory",
    "StoreSkuInventoryOrderUpdatedDataInventoryCreate",
    "StoreSkuInventoryOrderUpdatedDataInventoryUpdate",
    "StoreSkuInventoryOrderUpdatedDataUpdate",
    "StoreSkuInventoryOrderUpdatedUpdate",
    "StoreSkuInventoryUpdated",
    "StoreSkuInventoryUpdatedCreate",
    "StoreSkuInventoryUpdatedData",
    "StoreSkuInventoryUpdatedDataCreate",
    "StoreSkuInventoryUpdatedDataInventory",
    "StoreSkuInventoryUpdatedDataInventoryCreate",
    "StoreSkuInventoryUpdatedDataInventoryUpdate",
    "StoreSkuInventoryUpdatedDataUpdate",
    "StoreSkuInventoryUpdatedUpdate",
    "StoreSkuUpdated",
    "StoreSkuUpdatedCreate",
    "StoreSkuUpdatedData",
    "StoreSkuUpdatedDataCreate",
    "StoreSkuUpdatedDataSku",
    "StoreSkuUpdatedDataSkuCreate",
    "StoreSkuUpdatedDataSkuUpdate",
    "StoreSkuUpdatedDataUpdate",
    "StoreSkuUpdatedUpdate",
    "StoreStorefrontLimits",
    "StoreSubscriberCreated",
    "StoreSubscriberCreatedCreate",
    "StoreSubscriberCreatedData",
    "StoreSubscriberCreatedDataCreate",
    "StoreSubscriberCreatedDataUpdate",
    "StoreSubscriberCreatedUpdate",
    "StoreSubscriberDeleted",
    "StoreSubscriberDeletedCreate",
    "StoreSubscriberDeletedData",
    "StoreSubscriberDeletedDataCreate",
    "StoreSubscriberDeletedDataUpdate",
    "StoreSubscriberDeletedUpdate",
    "StoreSubscriberUpdated",
    "StoreSubscriberUpdatedCreate",
    "StoreSubscriberUpdatedData",
    "StoreSubscriberUpdatedDataCreate",
    "StoreSubscriberUpdatedDataUpdate",
    "StoreSubscriberUpdatedUpdate",
    "StoreTime",
    "StoreTimezone",
    "StorefrontCategorySettings",
    "StorefrontCategorySettingsCreate",
    "StorefrontCategorySettingsUpdate",
    "StorefrontProductSettings",
    "StorefrontProductSettingsCreate",
    "StorefrontProductSettingsUpdate",
    "StorefrontSearchSettings",
    "StorefrontSearchSettingsCreate",
    "StorefrontSearchSettingsUpdate",
    "StorefrontSecuritySettings",
    "StorefrontSecuritySettingsCreate",
    "StorefrontSecuritySettingsCspHeader",
    "StorefrontSecuritySettingsCspHeaderCreate",
    "StorefrontSecuritySettingsCspHeaderUpdate",
    "StorefrontSecuritySettingsHsts",
    "StorefrontSecuritySettingsHstsCreate",
    "StorefrontSecuritySettingsHstsUpdate",
    "StorefrontSecuritySettingsUpdate",
    "StorefrontSecuritySettingsXFrameOptionsHeader",
    "StorefrontSecuritySettingsXFrameOptionsHeaderCreate",
    "StorefrontSecuritySettingsXFrameOptionsHeaderUpdate",
    "StorefrontStatus",
    "StorefrontStatusCreate",
    "StorefrontStatusUpdate",
    "SubscriberBase",
    "SubscriberBaseCreate",
    "SubscriberBaseUpdate",
    "SubscriberFull",
    "SubscriberFullCreate",
    "SubscriberFullUpdate",
    "SuccessNoContentResponse",
    "SuccessNoContentResponseCreate",
    "SuccessNoContentResponseUpdate",
    "SystemLog",
    "SystemLogCreate",
    "SystemLogUpdate",
    "TaxClass",
    "TaxClassCreateBatchItem",
    "TaxClassCreateBatchItemCreate",
    "TaxClassCreateBatchItemUpdate",
    "TaxClassResource",
    "TaxClassResourceCreate",
    "TaxClassResourceUpdate",
    "TaxClassUpdateBatchItem",
    "TaxClassUpdateBatchItemCreate",
    "TaxClassUpdateBatchItemUpdate",
    "TaxCustomer",
    "TaxCustomerCreate",
    "TaxCustomerUpdate",
    "TaxRate",
    "TaxRateClassRatesItem",
    "TaxRateClassRatesItemCreate",
    "TaxRateClassRatesItemUpdate",
    "TaxRateCreate",
    "TaxRatePOST",
    "TaxRatePOSTClassRatesItem",
    "TaxRatePOSTClassRatesItemCreate",
    "TaxRatePOSTClassRatesItemUpdate",
    "TaxRatePOSTCreate",
    "TaxRatePOSTUpdate",
    "TaxRatePUT",
    "TaxRatePUTClassRatesItem",
    "TaxRatePUTClassRatesItemCreate",
    "TaxRatePUTClassRatesItemUpdate",
    "TaxRatePUTCreate",
    "TaxRatePUTUpdate",
    "TaxRateUpdate",
    "TaxSettings",
    "TaxSettingsCreate",
    "TaxSettingsPriceDisplaySettings",
    "TaxSettingsPriceDisplaySettingsCreate",
    "TaxSettingsPriceDisplaySettingsUpdate",
    "TaxSettingsUpdate",
    "TaxZone",
    "TaxZoneCreate",
    "TaxZonePOST",
    "TaxZonePOSTCreate",
    "TaxZonePOSTPriceDisplaySettings",
    "TaxZonePOSTPriceDisplaySettingsCreate",
    "TaxZonePOSTPriceDisplaySettingsUpdate",
    "TaxZonePOSTShopperTargetSettings",
    "TaxZonePOSTShopperTargetSettingsCreate",
    "TaxZonePOSTShopperTargetSettingsLocationsItem",
    "TaxZonePOSTShopperTargetSettingsLocationsItemCreate",
    "TaxZonePOSTShopperTargetSettingsLocationsItemUpdate",
    "TaxZonePOSTShopperTargetSettingsUpdate",
    "TaxZonePOSTUpdate",
    "TaxZonePUT",
    "TaxZonePUTCreate",
    "TaxZonePUTPriceDisplaySettings",
    "TaxZonePUTPriceDisplaySettingsCreate",
    "TaxZonePUTPriceDisplaySettingsUpdate",
    "TaxZonePUTShopperTargetSettings",
    "TaxZonePUTShopperTargetSettingsCreate",
    "TaxZonePUTShopperTargetSettingsLocationsItem",
    "TaxZonePUTShopperTargetSettingsLocationsItemCreate",
    "TaxZonePUTShopperTargetSettingsLocationsItemUpdate",
    "TaxZonePUTShopperTargetSettingsUpdate",
    "TaxZonePUTUpdate",
    "TaxZonePriceDisplaySettings",
    "TaxZonePriceDisplaySettingsCreate",
    "TaxZonePriceDisplaySettingsUpdate",
    "TaxZoneShopperTargetSettings",
    "TaxZoneShopperTargetSettingsCreate",
    "TaxZoneShopperTargetSettingsLocationsItem",
    "TaxZoneShopperTargetSettingsLocationsItemCreate",
    "TaxZoneShopperTargetSettingsLocationsItemUpdate",
    "TaxZoneShopperTargetSettingsUpdate",
    "TaxZoneUpdate",
    "Template",
    "TemplateCreate",
    "TemplateUpdate",
    "Theme",
    "ThemeConfigurationFull",
    "ThemeConfigurationFullCreate",
    "ThemeConfigurationFullUpdate",
    "ThemeConfigurationWrite",
    "ThemeConfigurationWriteCreate",
    "ThemeConfigurationWriteUpdate",
    "ThemeCreate",
    "ThemeRegion",
    "ThemeRegionCreate",
    "ThemeRegionUpdate",
    "ThemeUpdate",
    "ThemeVariationsItem",
    "ThemeVariationsItemCreate",
    "ThemeVariationsItemUpdate",
    "ThemesCollectionResponseDataItem",
    "ThemesCollectionResponseDataItemCreate",
    "ThemesCollectionResponseDataItemUpdate",
    "ThemesCollectionResponseDataItemVariationsItem",
    "ThemesCollectionResponseDataItemVariationsItemCreate",
    "ThemesCollectionResponseDataItemVariationsItemUpdate",
    "TokenBase",
    "TokenBaseCreate",
    "TokenBaseUpdate",
    "TokenPostImpersonation",
    "TokenPostImpersonationCreate",
    "TokenPostImpersonationUpdate",
    "TokenPostPrivate",
    "TokenPostPrivateCreate",
    "TokenPostPrivateUpdate",
    "Transaction",
    "TransactionAvsResult",
    "TransactionAvsResultCreate",
    "TransactionAvsResultUpdate",
    "TransactionCreate",
    "TransactionCustom",
    "TransactionCustomCreate",
    "TransactionCustomProviderFieldResult",
    "TransactionCustomProviderFieldResultCreate",
    "TransactionCustomProviderFieldResultUpdate",
    "TransactionCustomUpdate",
    "TransactionCvvResult",
    "TransactionCvvResultCreate",
    "TransactionCvvResultUpdate",
    "TransactionGiftCertificate",
    "TransactionGiftCertificateCreate",
    "TransactionGiftCertificateUpdate",
    "TransactionOffline",
    "TransactionOfflineCreate",
    "TransactionOfflineUpdate",
    "TransactionStoreCredit",
    "TransactionStoreCreditCreate",
    "TransactionStoreCreditUpdate",
    "TransactionUpdate",
    "TranslationDefinition",
    "TranslationDefinitionCreate",
    "TranslationDefinitionUpdate",
    "Tree",
    "TreeCreate",
    "TreeUpdate",
    "UpdateAnalyticsProviderRequest",
    "UpdateAnalyticsProviderRequestCreate",
    "UpdateAnalyticsProviderRequestUpdate",
    "UpdateBrandRequest",
    "UpdateBrandRequestCreate",
    "UpdateBrandRequestCustomUrl",
    "UpdateBrandRequestCustomUrlCreate",
    "UpdateBrandRequestCustomUrlUpdate",
    "UpdateBrandRequestUpdate",
    "UpdateBrandResponseData",
    "UpdateBrandResponseDataCreate",
    "UpdateBrandResponseDataCustomUrl",
    "UpdateBrandResponseDataCustomUrlCreate",
    "UpdateBrandResponseDataCustomUrlUpdate",
    "UpdateBrandResponseDataUpdate",
    "UpdateBrandsMetafieldsRequestItem",
    "UpdateBrandsMetafieldsRequestItemCreate",
    "UpdateBrandsMetafieldsRequestItemUpdate",
    "UpdateBulkPricingRuleRequest",
    "UpdateBulkPricingRuleRequestCreate",
    "UpdateBulkPricingRuleRequestUpdate",
    "UpdateBulkPricingRuleResponseData",
    "UpdateBulkPricingRuleResponseDataCreate",
    "UpdateBulkPricingRuleResponseDataUpdate",
    "UpdateCartsMetafieldsRequestItem",
    "UpdateCartsMetafieldsRequestItemCreate",
    "UpdateCartsMetafieldsRequestItemUpdate",
    "UpdateCategoriesItem",
    "UpdateCategoriesItemCreate",
    "UpdateCategoriesItemUpdate",
    "UpdateCategoriesMetafieldsRequestItem",
    "UpdateCategoriesMetafieldsRequestItemCreate",
    "UpdateCategoriesMetafieldsRequestItemUpdate",
    "UpdateCategoryRequest",
    "UpdateCategoryRequestCreate",
    "UpdateCategoryRequestCustomUrl",
    "UpdateCategoryRequestCustomUrlCreate",
    "UpdateCategoryRequestCustomUrlUpdate",
    "UpdateCategoryRequestUpdate",
    "UpdateCategoryResponseData",
    "UpdateCategoryResponseDataCreate",
    "UpdateCategoryResponseDataCustomUrl",
    "UpdateCategoryResponseDataCustomUrlCreate",
    "UpdateCategoryResponseDataCustomUrlUpdate",
    "UpdateCategoryResponseDataUpdate",
    "UpdateChannelOrderSettingsResponse",
    "UpdateChannelOrderSettingsResponseCreate",
    "UpdateChannelOrderSettingsResponseUpdate",
    "UpdateChannelReq",
    "UpdateChannelReqCreate",
    "UpdateChannelReqUpdate",
    "UpdateConsignmentRequest",
    "UpdateConsignmentRequestAddress",
    "UpdateConsignmentRequestAddressCreate",
    "UpdateConsignmentRequestAddressCustomFieldsItem",
    "UpdateConsignmentRequestAddressCustomFieldsItemCreate",
    "UpdateConsignmentRequestAddressCustomFieldsItemUpdate",
    "UpdateConsignmentRequestAddressUpdate",
    "UpdateConsignmentRequestCreate",
    "UpdateConsignmentRequestCustomShipping",
    "UpdateConsignmentRequestCustomShippingCreate",
    "UpdateConsignmentRequestCustomShippingUpdate",
    "UpdateConsignmentRequestLineItemsItem",
    "UpdateConsignmentRequestLineItemsItemCreate",
    "UpdateConsignmentRequestLineItemsItemUpdate",
    "UpdateConsignmentRequestPickupOption",
    "UpdateConsignmentRequestPickupOptionCreate",
    "UpdateConsignmentRequestPickupOptionUpdate",
    "UpdateConsignmentRequestUpdate",
    "UpdateCustomerMetafieldRequest",
    "UpdateCustomerMetafieldRequestCreate",
    "UpdateCustomerMetafieldRequestUpdate",
    "UpdateCustomersMetafieldsRequestItem",
    "UpdateCustomersMetafieldsRequestItemCreate",
    "UpdateCustomersMetafieldsRequestItemUpdate",
    "UpdateFeesRequest",
    "UpdateFeesRequestCreate",
    "UpdateFeesRequestUpdate",
    "UpdateGlobalOrderSettingsResponse",
    "UpdateGlobalOrderSettingsResponseCreate",
    "UpdateGlobalOrderSettingsResponseUpdate",
    "UpdateHooksAdminRequest",
    "UpdateHooksAdminRequestCreate",
    "UpdateHooksAdminRequestUpdate",
    "UpdateLocationsMetafieldsRequestItem",
    "UpdateLocationsMetafieldsRequestItemCreate",
    "UpdateLocationsMetafieldsRequestItemUpdate",
    "UpdateOrdersMetafieldsRequestItem",
    "UpdateOrdersMetafieldsRequestItemCreate",
    "UpdateOrdersMetafieldsRequestItemUpdate",
    "UpdatePriceListRequest",
    "UpdatePriceListRequestCreate",
    "UpdatePriceListRequestUpdate",
    "UpdatePriceListResponseData",
    "UpdatePriceListResponseDataCreate",
    "UpdatePriceListResponseDataUpdate",
    "UpdateProductComplexRuleRequest",
    "UpdateProductComplexRuleRequestConditionsItem",
    "UpdateProductComplexRuleRequestConditionsItemCreate",
    "UpdateProductComplexRuleRequestConditionsItemUpdate",
    "UpdateProductComplexRuleRequestCreate",
    "UpdateProductComplexRuleRequestPriceAdjuster",
    "UpdateProductComplexRuleRequestPriceAdjusterCreate",
    "UpdateProductComplexRuleRequestPriceAdjusterUpdate",
    "UpdateProductComplexRuleRequestUpdate",
    "UpdateProductComplexRuleRequestWeightAdjuster",
    "UpdateProductComplexRuleRequestWeightAdjusterCreate",
    "UpdateProductComplexRuleRequestWeightAdjusterUpdate",
    "UpdateProductComplexRuleResponseData",
    "UpdateProductComplexRuleResponseDataConditionsItem",
    "UpdateProductComplexRuleResponseDataConditionsItemCreate",
    "UpdateProductComplexRuleResponseDataConditionsItemUpdate",
    "UpdateProductComplexRuleResponseDataCreate",
    "UpdateProductComplexRuleResponseDataPriceAdjuster",
    "UpdateProductComplexRuleResponseDataPriceAdjusterCreate",
    "UpdateProductComplexRuleResponseDataPriceAdjusterUpdate",
    "UpdateProductComplexRuleResponseDataUpdate",
    "UpdateProductComplexRuleResponseDataWeightAdjuster",
    "UpdateProductComplexRuleResponseDataWeightAdjusterCreate",
    "UpdateProductComplexRuleResponseDataWeightAdjusterUpdate",
    "UpdateProductImageResponseData",
    "UpdateProductImageResponseDataCreate",
    "UpdateProductImageResponseDataUpdate",
    "UpdateProductModifierRequest",
    "UpdateProductModifierRequestConfig",
    "UpdateProductModifierRequestConfigCreate",
    "UpdateProductModifierRequestConfigUpdate",
    "UpdateProductModifierRequestCreate",
    "UpdateProductModifierRequestOptionValuesItem",
    "UpdateProductModifierRequestOptionValuesItemAdjusters",
    "UpdateProductModifierRequestOptionValuesItemAdjustersCreate",
    "UpdateProductModifierRequestOptionValuesItemAdjustersPrice",
    "UpdateProductModifierRequestOptionValuesItemAdjustersPriceCreate",
    "UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate",
    "UpdateProductModifierRequestOptionValuesItemAdjustersUpdate",
    "UpdateProductModifierRequestOptionValuesItemCreate",
    "UpdateProductModifierRequestOptionValuesItemUpdate",
    "UpdateProductModifierRequestUpdate",
    "UpdateProductModifierResponseData",
    "UpdateProductModifierResponseDataConfig",
    "UpdateProductModifierResponseDataConfigCreate",
    "UpdateProductModifierResponseDataConfigUpdate",
    "UpdateProductModifierResponseDataCreate",
    "UpdateProductModifierResponseDataOptionValuesItem",
    "UpdateProductModifierResponseDataOptionValuesItemAdjusters",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersCreate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceCreate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceUpdate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledCreate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledUpdate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersUpdate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightCreate",
    "UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightUpdate",
    "UpdateProductModifierResponseDataOptionValuesItemCreate",
    "UpdateProductModifierResponseDataOptionValuesItemUpdate",
    "UpdateProductModifierResponseDataUpdate",
    "UpdateProductModifierValueRequest",
    "UpdateProductModifierValueRequestAdjusters",
    "UpdateProductModifierValueRequestAdjustersCreate",
    "UpdateProductModifierValueRequestAdjustersPrice",
    "UpdateProductModifierValueRequestAdjustersPriceCreate",
    "UpdateProductModifierValueRequestAdjustersPriceUpdate",
    "UpdateProductModifierValueRequestAdjustersPurchasingDisabled",
    "UpdateProductModifierValueRequestAdjustersPurchasingDisabledCreate",
    "UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate",
    "UpdateProductModifierValueRequestAdjustersUpdate",
    "UpdateProductModifierValueRequestAdjustersWeight",
    "UpdateProductModifierValueRequestAdjustersWeightCreate",
    "UpdateProductModifierValueRequestAdjustersWeightUpdate",
    "UpdateProductModifierValueRequestCreate",
    "UpdateProductModifierValueRequestUpdate",
    "UpdateProductModifierValueResponseData",
    "UpdateProductModifierValueResponseDataAdjusters",
    "UpdateProductModifierValueResponseDataAdjustersCreate",
    "UpdateProductModifierValueResponseDataAdjustersPrice",
    "UpdateProductModifierValueResponseDataAdjustersPriceCreate",
    "UpdateProductModifierValueResponseDataAdjustersPriceUpdate",
    "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled",
    "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate",
    "UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate",
    "UpdateProductModifierValueResponseDataAdjustersUpdate",
    "UpdateProductModifierValueResponseDataAdjustersWeight",
    "UpdateProductModifierValueResponseDataAdjustersWeightCreate",
    "UpdateProductModifierValueResponseDataAdjustersWeightUpdate",
    "UpdateProductModifierValueResponseDataCreate",
    "UpdateProductModifierValueResponseDataUpdate",
    "UpdateProductReviewRequest",
    "UpdateProductReviewRequestCreate",
    "UpdateProductReviewRequestUpdate",
    "UpdateProductReviewResponseData",
    "UpdateProductReviewResponseDataCreate",
    "UpdateProductReviewResponseDataUpdate",
    "UpdateProductVariantOptionRequest",
    "UpdateProductVariantOptionRequestConfig",
    "UpdateProductVariantOptionRequestConfigCreate",
    "UpdateProductVariantOptionRequestConfigUpdate",
    "UpdateProductVariantOptionRequestCreate",
    "UpdateProductVariantOptionRequestOptionValuesItem",
    "UpdateProductVariantOptionRequestOptionValuesItemCreate",
    "UpdateProductVariantOptionRequestOptionValuesItemUpdate",
    "UpdateProductVariantOptionRequestUpdate",
    "UpdateProductVariantOptionResponseData",
    "UpdateProductVariantOptionResponseDataConfig",
    "UpdateProductVariantOptionResponseDataConfigCreate",
    "UpdateProductVariantOptionResponseDataConfigUpdate",
    "UpdateProductVariantOptionResponseDataCreate",
    "UpdateProductVariantOptionResponseDataOptionValuesItem",
    "UpdateProductVariantOptionResponseDataOptionValuesItemCreate",
    "UpdateProductVariantOptionResponseDataOptionValuesItemUpdate",
    "UpdateProductVariantOptionResponseDataUpdate",
    "UpdateProductVariantOptionValueRequest",
    "UpdateProductVariantOptionValueRequestCreate",
    "UpdateProductVariantOptionValueRequestUpdate",
    "UpdateProductVariantOptionValueResponseData",
    "UpdateProductVariantOptionValueResponseDataCreate",
    "UpdateProductVariantOptionValueResponseDataUpdate",
    "UpdateProductVideoRequest",
    "UpdateProductVideoRequestCreate",
    "UpdateProductVideoRequestUpdate",
    "UpdateProductVideoResponseData",
    "UpdateProductVideoResponseDataCreate",
    "UpdateProductVideoResponseDataUpdate",
    "UpdateProductsMetafieldsRequestItem",
    "UpdateProductsMetafieldsRequestItemCreate",
    "UpdateProductsMetafieldsRequestItemUpdate",
    "UpdatePromotionRequest",
    "UpdatePromotionRequestCreate",
    "UpdatePromotionRequestUpdate",
    "UpdateShippingZoneRequest",
    "UpdateShippingZoneRequestCreate",
    "UpdateShippingZoneRequestFreeShipping",
    "UpdateShippingZoneRequestFreeShippingCreate",
    "UpdateShippingZoneRequestFreeShippingUpdate",
    "UpdateShippingZoneRequestHandlingFees",
    "UpdateShippingZoneRequestHandlingFeesCreate",
    "UpdateShippingZoneRequestHandlingFeesUpdate",
    "UpdateShippingZoneRequestLocationsItem",
    "UpdateShippingZoneRequestLocationsItemCreate",
    "UpdateShippingZoneRequestLocationsItemUpdate",
    "UpdateShippingZoneRequestUpdate",
    "UpdateShippingZoneResponse",
    "UpdateShippingZoneResponseCreate",
    "UpdateShippingZoneResponseFreeShipping",
    "UpdateShippingZoneResponseFreeShippingCreate",
    "UpdateShippingZoneResponseFreeShippingUpdate",
    "UpdateShippingZoneResponseHandlingFees",
    "UpdateShippingZoneResponseHandlingFeesCreate",
    "UpdateShippingZoneResponseHandlingFeesUpdate",
    "UpdateShippingZoneResponseLocationsItem",
    "UpdateShippingZoneResponseLocationsItemCreate",
    "UpdateShippingZoneResponseLocationsItemUpdate",
    "UpdateShippingZoneResponseUpdate",
    "UpdateStoreMetafieldsRequestItem",
    "UpdateStoreMetafieldsRequestItemCreate",
    "UpdateStoreMetafieldsRequestItemUpdate",
    "UpdateTaxProviderConnectionRequest",
    "UpdateTaxProviderConnectionRequestCreate",
    "UpdateTaxProviderConnectionRequestUpdate",
    "UpdateVariantsBatchRequestItem",
    "UpdateVariantsBatchRequestItemCreate",
    "UpdateVariantsBatchRequestItemUpdate",
    "UpdateVariantsBatchResponseDataItem",
    "UpdateVariantsBatchResponseDataItemCreate",
    "UpdateVariantsBatchResponseDataItemOptionValuesItem",
    "UpdateVariantsBatchResponseDataItemOptionValuesItemCreate",
    "UpdateVariantsBatchResponseDataItemOptionValuesItemUpdate",
    "UpdateVariantsBatchResponseDataItemUpdate",
    "UpdateVariantsMetafieldsRequestItem",
    "UpdateVariantsMetafieldsRequestItemCreate",
    "UpdateVariantsMetafieldsRequestItemUpdate",
    "UploadSignatureResponse",
    "UploadSignatureResponseCreate",
    "UploadSignatureResponseUpdate",
    "UploadStoreThemeRequest",
    "UploadStoreThemeRequestCreate",
    "UploadStoreThemeRequestUpdate",
    "UpsertListingWithListingIdReq",
    "UpsertListingWithListingIdReqCreate",
    "UpsertListingWithListingIdReqUpdate",
    "UpsertListingWithoutListingIdReq",
    "UpsertListingWithoutListingIdReqCreate",
    "UpsertListingWithoutListingIdReqUpdate",
    "UpsertPriceListRecordsRequestItem",
    "UpsertPriceListRecordsRequestItemBulkPricingTiersItem",
    "UpsertPriceListRecordsRequestItemBulkPricingTiersItemCreate",
    "UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate",
    "UpsertPriceListRecordsRequestItemCreate",
    "UpsertPriceListRecordsRequestItemUpdate",
    "V2OrderShippingAddress",
    "V2OrderShippingAddressCreate",
    "V2OrderShippingAddressUpdate",
    "V3Category",
    "V3CategoryCreate",
    "V3CategoryUpdate",
    "V3Customer",
    "V3CustomerCreate",
    "V3CustomerUpdate",
    "ValidateCustomerCredentialsObject",
    "ValidateCustomerCredentialsObjectCreate",
    "ValidateCustomerCredentialsObjectUpdate",
    "ValidateCustomerCredentialsResponseObject",
    "ValidateCustomerCredentialsResponseObjectCreate",
    "ValidateCustomerCredentialsResponseObjectUpdate",
    "ValidateCustomerPasswordRequest",
    "ValidateCustomerPasswordRequestCreate",
    "ValidateCustomerPasswordRequestUpdate",
    "ValidatePassword",
    "ValidatePasswordCreate",
    "ValidatePasswordUpdate",
    "Webhook",
    "WebhookBase",
    "WebhookBaseCreate",
    "WebhookBaseUpdate",
    "WebhookCreate",
    "WebhookFull",
    "WebhookFullCreate",
    "WebhookFullUpdate",
    "WebhookPut",
    "WebhookPutCreate",
    "WebhookPutUpdate",
    "WebhookRespResponseData",
    "WebhookRespResponseDataCreate",
    "WebhookRespResponseDataUpdate",
    "WebhookUpdate",
    "WebhooksRespResponseDataItem",
    "WebhooksRespResponseDataItemCreate",
    "WebhooksRespResponseDataItemUpdate",
    "WhichThemeToDownload",
    "WhichThemeToDownloadCreate",
    "WhichThemeToDownloadUpdate",
    "Widget",
    "WidgetCreate",
    "WidgetFull",
    "WidgetFullCreate",
    "WidgetFullUpdate",
    "WidgetPost",
    "WidgetPostCreate",
    "WidgetPostUpdate",
    "WidgetPut",
    "WidgetPutCreate",
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
    "WidgetTemplateFullCreate",
    "WidgetTemplateFullUpdate",
    "WidgetTemplatePost",
    "WidgetTemplatePostCreate",
    "WidgetTemplatePostUpdate",
    "WidgetTemplatePreview",
    "WidgetTemplatePreviewCreate",
    "WidgetTemplatePreviewResponseData",
    "WidgetTemplatePreviewResponseDataCreate",
    "WidgetTemplatePreviewResponseDataUpdate",
    "WidgetTemplatePreviewUpdate",
    "WidgetTemplatePut",
    "WidgetTemplatePutCreate",
    "WidgetTemplatePutUpdate",
    "WidgetUpdate",
    "WishlistFull",
    "WishlistFullCreate",
    "WishlistFullUpdate",
    "WishlistItemFull",
    "WishlistItemFullCreate",
    "WishlistItemFullUpdate",
    "WishlistItemPost",
    "WishlistItemPostCreate",
    "WishlistItemPostItemsItem",
    "WishlistItemPostItemsItemCreate",
    "WishlistItemPostItemsItemUpdate",
    "WishlistItemPostUpdate",
    "WishlistPost",
    "WishlistPostCreate",
    "WishlistPostItemsItem",
    "WishlistPostItemsItemCreate",
    "WishlistPostItemsItemUpdate",
    "WishlistPostUpdate",
    "WishlistPut",
    "WishlistPutCreate",
    "WishlistPutItemsItem",
    "WishlistPutItemsItemCreate",
    "WishlistPutItemsItemUpdate",
    "WishlistPutUpdate",
    "ZoneCheck",
    "ZoneCheckCreate",
    "ZoneCheckUpdate",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
