# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `checkouts` models, loaded on first use: `from bigcommerce.v3.checkouts import
AppliedDiscount`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.applied_discount import AppliedDiscount
    from ..models.base_fee import BaseFee
    from ..models.cart_discount import CartDiscount
    from ..models.cart_promotions_banners import CartPromotionsBanners
    from ..models.checkout import Checkout
    from ..models.checkout_applied_coupon import CheckoutAppliedCoupon
    from ..models.checkout_available_shipping_option import CheckoutAvailableShippingOption
    from ..models.checkout_billing_address import CheckoutBillingAddress
    from ..models.checkout_billing_address_create_custom_field import (
        CheckoutBillingAddressCreateCustomField,
    )
    from ..models.checkout_billing_address_custom_field import CheckoutBillingAddressCustomField
    from ..models.checkout_cart import CheckoutCart
    from ..models.checkout_cart_line_items import CheckoutCartLineItems
    from ..models.checkout_cart_line_items_custom_item import CheckoutCartLineItemsCustomItem
    from ..models.checkout_cart_line_items_digital_item import CheckoutCartLineItemsDigitalItem
    from ..models.checkout_cart_line_items_physical_item import CheckoutCartLineItemsPhysicalItem
    from ..models.checkout_checkouts_fees_by_checkout_id_post import (
        CheckoutCheckoutsFeesByCheckoutIdPostCreate as CheckoutCheckoutsFeesByCheckoutIdPost,
    )
    from ..models.checkout_consignment import CheckoutConsignment
    from ..models.checkout_consignment_coupon_discount import CheckoutConsignmentCouponDiscount
    from ..models.checkout_consignment_create_many_item import (
        CheckoutConsignmentCreateManyItemCreate as CheckoutConsignmentCreateManyItem,
    )
    from ..models.checkout_consignment_create_many_item_address import (
        CheckoutConsignmentCreateManyItemAddress,
    )
    from ..models.checkout_consignment_update_address import CheckoutConsignmentUpdateAddress
    from ..models.checkout_consignment_update_custom_shipping import (
        CheckoutConsignmentUpdateCustomShipping,
    )
    from ..models.checkout_coupon_create import CheckoutCouponCreateCreate as CheckoutCouponCreate
    from ..models.checkout_create_many_item_address_custom_field import (
        CheckoutCreateManyItemAddressCustomField,
    )
    from ..models.checkout_create_many_item_line_item import CheckoutCreateManyItemLineItem
    from ..models.checkout_create_many_item_pickup_option import CheckoutCreateManyItemPickupOption
    from ..models.checkout_discount_create import (
        CheckoutDiscountCreateCreate as CheckoutDiscountCreate,
    )
    from ..models.checkout_discount_create_cart import CheckoutDiscountCreateCart
    from ..models.checkout_discount_create_cart_discount import CheckoutDiscountCreateCartDiscount
    from ..models.checkout_discount_create_cart_line_item import CheckoutDiscountCreateCartLineItem
    from ..models.checkout_fee import CheckoutFee
    from ..models.checkout_fee_delete_all import CheckoutFeeDeleteAllCreate as CheckoutFeeDeleteAll
    from ..models.checkout_items_physical_item_gift_wrapping import (
        CheckoutItemsPhysicalItemGiftWrapping,
    )
    from ..models.checkout_promotion import CheckoutPromotion
    from ..models.checkout_setting_channel_update import CheckoutSettingChannelUpdate
    from ..models.checkout_setting_update import (
        CheckoutSettingUpdateUpdate as CheckoutSettingUpdate,
    )
    from ..models.checkout_tax import CheckoutTax
    from ..models.checkout_token import CheckoutToken
    from ..models.checkouts_settings import CheckoutsSettings
    from ..models.contact_entity import ContactEntity
    from ..models.delete_coupon_code_delete import (
        DeleteCouponCodeDeleteCreate as DeleteCouponCodeDelete,
    )
    from ..models.fee_with_id import FeeWithId
    from ..models.item_gift_certificate import ItemGiftCertificate
    from ..models.pickup_option import PickupOption
    from ..models.v3_checkout_billing_address_create import (
        V3CheckoutBillingAddressCreateCreate as CheckoutBillingAddressCreate,
    )
    from ..models.v3_checkout_consignment_update import (
        V3CheckoutConsignmentUpdateUpdate as CheckoutConsignmentUpdate,
    )
    from ..models.v3_checkout_fee_update import V3CheckoutFeeUpdateUpdate as CheckoutFeeUpdate
    from ..models.v3_checkout_token_create import V3CheckoutTokenCreateCreate as CheckoutTokenCreate
    from ..models.v3_checkout_update import V3CheckoutUpdateUpdate as CheckoutUpdate
    from ..models.v3_currency import Currency
    from ..models.v3_order import Order

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedDiscount": ("applied_discount", "AppliedDiscount"),
    "BaseFee": ("base_fee", "BaseFee"),
    "CartDiscount": ("cart_discount", "CartDiscount"),
    "CartPromotionsBanners": ("cart_promotions_banners", "CartPromotionsBanners"),
    "Checkout": ("checkout", "Checkout"),
    "CheckoutAppliedCoupon": ("checkout_applied_coupon", "CheckoutAppliedCoupon"),
    "CheckoutAvailableShippingOption": (
        "checkout_available_shipping_option",
        "CheckoutAvailableShippingOption",
    ),
    "CheckoutBillingAddress": ("checkout_billing_address", "CheckoutBillingAddress"),
    "CheckoutBillingAddressCreate": (
        "v3_checkout_billing_address_create",
        "V3CheckoutBillingAddressCreateCreate",
    ),
    "CheckoutBillingAddressCreateCustomField": (
        "checkout_billing_address_create_custom_field",
        "CheckoutBillingAddressCreateCustomField",
    ),
    "CheckoutBillingAddressCustomField": (
        "checkout_billing_address_custom_field",
        "CheckoutBillingAddressCustomField",
    ),
    "CheckoutCart": ("checkout_cart", "CheckoutCart"),
    "CheckoutCartLineItems": ("checkout_cart_line_items", "CheckoutCartLineItems"),
    "CheckoutCartLineItemsCustomItem": (
        "checkout_cart_line_items_custom_item",
        "CheckoutCartLineItemsCustomItem",
    ),
    "CheckoutCartLineItemsDigitalItem": (
        "checkout_cart_line_items_digital_item",
        "CheckoutCartLineItemsDigitalItem",
    ),
    "CheckoutCartLineItemsPhysicalItem": (
        "checkout_cart_line_items_physical_item",
        "CheckoutCartLineItemsPhysicalItem",
    ),
    "CheckoutCheckoutsFeesByCheckoutIdPost": (
        "checkout_checkouts_fees_by_checkout_id_post",
        "CheckoutCheckoutsFeesByCheckoutIdPostCreate",
    ),
    "CheckoutConsignment": ("checkout_consignment", "CheckoutConsignment"),
    "CheckoutConsignmentCouponDiscount": (
        "checkout_consignment_coupon_discount",
        "CheckoutConsignmentCouponDiscount",
    ),
    "CheckoutConsignmentCreateManyItem": (
        "checkout_consignment_create_many_item",
        "CheckoutConsignmentCreateManyItemCreate",
    ),
    "CheckoutConsignmentCreateManyItemAddress": (
        "checkout_consignment_create_many_item_address",
        "CheckoutConsignmentCreateManyItemAddress",
    ),
    "CheckoutConsignmentUpdate": (
        "v3_checkout_consignment_update",
        "V3CheckoutConsignmentUpdateUpdate",
    ),
    "CheckoutConsignmentUpdateAddress": (
        "checkout_consignment_update_address",
        "CheckoutConsignmentUpdateAddress",
    ),
    "CheckoutConsignmentUpdateCustomShipping": (
        "checkout_consignment_update_custom_shipping",
        "CheckoutConsignmentUpdateCustomShipping",
    ),
    "CheckoutCouponCreate": ("checkout_coupon_create", "CheckoutCouponCreateCreate"),
    "CheckoutCreateManyItemAddressCustomField": (
        "checkout_create_many_item_address_custom_field",
        "CheckoutCreateManyItemAddressCustomField",
    ),
    "CheckoutCreateManyItemLineItem": (
        "checkout_create_many_item_line_item",
        "CheckoutCreateManyItemLineItem",
    ),
    "CheckoutCreateManyItemPickupOption": (
        "checkout_create_many_item_pickup_option",
        "CheckoutCreateManyItemPickupOption",
    ),
    "CheckoutDiscountCreate": ("checkout_discount_create", "CheckoutDiscountCreateCreate"),
    "CheckoutDiscountCreateCart": ("checkout_discount_create_cart", "CheckoutDiscountCreateCart"),
    "CheckoutDiscountCreateCartDiscount": (
        "checkout_discount_create_cart_discount",
        "CheckoutDiscountCreateCartDiscount",
    ),
    "CheckoutDiscountCreateCartLineItem": (
        "checkout_discount_create_cart_line_item",
        "CheckoutDiscountCreateCartLineItem",
    ),
    "CheckoutFee": ("checkout_fee", "CheckoutFee"),
    "CheckoutFeeDeleteAll": ("checkout_fee_delete_all", "CheckoutFeeDeleteAllCreate"),
    "CheckoutFeeUpdate": ("v3_checkout_fee_update", "V3CheckoutFeeUpdateUpdate"),
    "CheckoutItemsPhysicalItemGiftWrapping": (
        "checkout_items_physical_item_gift_wrapping",
        "CheckoutItemsPhysicalItemGiftWrapping",
    ),
    "CheckoutPromotion": ("checkout_promotion", "CheckoutPromotion"),
    "CheckoutSettingChannelUpdate": (
        "checkout_setting_channel_update",
        "CheckoutSettingChannelUpdate",
    ),
    "CheckoutSettingUpdate": ("checkout_setting_update", "CheckoutSettingUpdateUpdate"),
    "CheckoutTax": ("checkout_tax", "CheckoutTax"),
    "CheckoutToken": ("checkout_token", "CheckoutToken"),
    "CheckoutTokenCreate": ("v3_checkout_token_create", "V3CheckoutTokenCreateCreate"),
    "CheckoutUpdate": ("v3_checkout_update", "V3CheckoutUpdateUpdate"),
    "CheckoutsSettings": ("checkouts_settings", "CheckoutsSettings"),
    "ContactEntity": ("contact_entity", "ContactEntity"),
    "Currency": ("v3_currency", "Currency"),
    "DeleteCouponCodeDelete": ("delete_coupon_code_delete", "DeleteCouponCodeDeleteCreate"),
    "FeeWithId": ("fee_with_id", "FeeWithId"),
    "ItemGiftCertificate": ("item_gift_certificate", "ItemGiftCertificate"),
    "Order": ("v3_order", "Order"),
    "PickupOption": ("pickup_option", "PickupOption"),
}

__all__ = [
    "AppliedDiscount",
    "BaseFee",
    "CartDiscount",
    "CartPromotionsBanners",
    "Checkout",
    "CheckoutAppliedCoupon",
    "CheckoutAvailableShippingOption",
    "CheckoutBillingAddress",
    "CheckoutBillingAddressCreate",
    "CheckoutBillingAddressCreateCustomField",
    "CheckoutBillingAddressCustomField",
    "CheckoutCart",
    "CheckoutCartLineItems",
    "CheckoutCartLineItemsCustomItem",
    "CheckoutCartLineItemsDigitalItem",
    "CheckoutCartLineItemsPhysicalItem",
    "CheckoutCheckoutsFeesByCheckoutIdPost",
    "CheckoutConsignment",
    "CheckoutConsignmentCouponDiscount",
    "CheckoutConsignmentCreateManyItem",
    "CheckoutConsignmentCreateManyItemAddress",
    "CheckoutConsignmentUpdate",
    "CheckoutConsignmentUpdateAddress",
    "CheckoutConsignmentUpdateCustomShipping",
    "CheckoutCouponCreate",
    "CheckoutCreateManyItemAddressCustomField",
    "CheckoutCreateManyItemLineItem",
    "CheckoutCreateManyItemPickupOption",
    "CheckoutDiscountCreate",
    "CheckoutDiscountCreateCart",
    "CheckoutDiscountCreateCartDiscount",
    "CheckoutDiscountCreateCartLineItem",
    "CheckoutFee",
    "CheckoutFeeDeleteAll",
    "CheckoutFeeUpdate",
    "CheckoutItemsPhysicalItemGiftWrapping",
    "CheckoutPromotion",
    "CheckoutSettingChannelUpdate",
    "CheckoutSettingUpdate",
    "CheckoutTax",
    "CheckoutToken",
    "CheckoutTokenCreate",
    "CheckoutUpdate",
    "CheckoutsSettings",
    "ContactEntity",
    "Currency",
    "DeleteCouponCodeDelete",
    "FeeWithId",
    "ItemGiftCertificate",
    "Order",
    "PickupOption",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
