# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `checkouts` models, loaded on first use: `from bigcommerce.v3.checkouts import
Checkout`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.applied_discount import AppliedDiscount
    from ..shared.models.cart_discount import CartDiscount
    from ..shared.models.cart_promotions_banners import CartPromotionsBanners
    from ..shared.models.contact_entity import ContactEntity
    from ..shared.models.currency import Currency
    from ..shared.models.delete_coupon_code_delete import DeleteCouponCodeDelete
    from ..shared.models.item_gift_certificate import ItemGiftCertificate
    from .models.base_fee import BaseFee
    from .models.checkout import Checkout
    from .models.checkout_applied_coupon import CheckoutAppliedCoupon
    from .models.checkout_available_shipping_option import CheckoutAvailableShippingOption
    from .models.checkout_billing_address import CheckoutBillingAddress
    from .models.checkout_billing_address_create import (
        CheckoutBillingAddressCreate,
        CheckoutBillingAddressUpdate,
    )
    from .models.checkout_billing_address_create_custom_field import (
        CheckoutBillingAddressCreateCustomField,
    )
    from .models.checkout_billing_address_custom_field import CheckoutBillingAddressCustomField
    from .models.checkout_cart import CheckoutCart
    from .models.checkout_cart_line_items import CheckoutCartLineItems
    from .models.checkout_cart_line_items_custom_item import CheckoutCartLineItemsCustomItem
    from .models.checkout_cart_line_items_digital_item import CheckoutCartLineItemsDigitalItem
    from .models.checkout_cart_line_items_physical_item import CheckoutCartLineItemsPhysicalItem
    from .models.checkout_consignment import CheckoutConsignment
    from .models.checkout_consignment_coupon_discount import CheckoutConsignmentCouponDiscount
    from .models.checkout_consignment_create_many_item import CheckoutConsignmentCreateManyItem
    from .models.checkout_consignment_create_many_item_address import (
        CheckoutConsignmentCreateManyItemAddress,
    )
    from .models.checkout_consignment_update import CheckoutConsignmentUpdate
    from .models.checkout_consignment_update_address import CheckoutConsignmentUpdateAddress
    from .models.checkout_consignment_update_custom_shipping import (
        CheckoutConsignmentUpdateCustomShipping,
    )
    from .models.checkout_coupon_create import CheckoutCouponCreate
    from .models.checkout_create_many_item_address_custom_field import (
        CheckoutCreateManyItemAddressCustomField,
    )
    from .models.checkout_create_many_item_line_item import CheckoutCreateManyItemLineItem
    from .models.checkout_create_many_item_pickup_option import CheckoutCreateManyItemPickupOption
    from .models.checkout_discount_create import CheckoutDiscountCreate
    from .models.checkout_discount_create_cart import CheckoutDiscountCreateCart
    from .models.checkout_discount_create_cart_discount import CheckoutDiscountCreateCartDiscount
    from .models.checkout_discount_create_cart_line_item import CheckoutDiscountCreateCartLineItem
    from .models.checkout_fee import CheckoutFee
    from .models.checkout_fee_create import CheckoutFeeCreate
    from .models.checkout_fee_delete_all import CheckoutFeeDeleteAll
    from .models.checkout_fee_update import CheckoutFeeUpdate
    from .models.checkout_items_physical_item_gift_wrapping import (
        CheckoutItemsPhysicalItemGiftWrapping,
    )
    from .models.checkout_promotion import CheckoutPromotion
    from .models.checkout_setting_channel_update import (
        CheckoutSettingChannelUpdate,
        CheckoutSettingChannelUpdateBody,
    )
    from .models.checkout_setting_update import CheckoutSettingUpdate
    from .models.checkout_tax import CheckoutTax
    from .models.checkout_token import CheckoutToken
    from .models.checkout_token_create import CheckoutTokenCreate
    from .models.checkout_update import CheckoutUpdate
    from .models.checkouts_settings import CheckoutsSettings
    from .models.fee_with_id import FeeWithId
    from .models.order import Order
    from .models.pickup_option import PickupOption

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedDiscount": ("..shared.models.applied_discount", "AppliedDiscount"),
    "BaseFee": (".models.base_fee", "BaseFee"),
    "CartDiscount": ("..shared.models.cart_discount", "CartDiscount"),
    "CartPromotionsBanners": ("..shared.models.cart_promotions_banners", "CartPromotionsBanners"),
    "Checkout": (".models.checkout", "Checkout"),
    "CheckoutAppliedCoupon": (".models.checkout_applied_coupon", "CheckoutAppliedCoupon"),
    "CheckoutAvailableShippingOption": (
        ".models.checkout_available_shipping_option",
        "CheckoutAvailableShippingOption",
    ),
    "CheckoutBillingAddress": (".models.checkout_billing_address", "CheckoutBillingAddress"),
    "CheckoutBillingAddressCreate": (
        ".models.checkout_billing_address_create",
        "CheckoutBillingAddressCreate",
    ),
    "CheckoutBillingAddressCreateCustomField": (
        ".models.checkout_billing_address_create_custom_field",
        "CheckoutBillingAddressCreateCustomField",
    ),
    "CheckoutBillingAddressCustomField": (
        ".models.checkout_billing_address_custom_field",
        "CheckoutBillingAddressCustomField",
    ),
    "CheckoutBillingAddressUpdate": (
        ".models.checkout_billing_address_create",
        "CheckoutBillingAddressUpdate",
    ),
    "CheckoutCart": (".models.checkout_cart", "CheckoutCart"),
    "CheckoutCartLineItems": (".models.checkout_cart_line_items", "CheckoutCartLineItems"),
    "CheckoutCartLineItemsCustomItem": (
        ".models.checkout_cart_line_items_custom_item",
        "CheckoutCartLineItemsCustomItem",
    ),
    "CheckoutCartLineItemsDigitalItem": (
        ".models.checkout_cart_line_items_digital_item",
        "CheckoutCartLineItemsDigitalItem",
    ),
    "CheckoutCartLineItemsPhysicalItem": (
        ".models.checkout_cart_line_items_physical_item",
        "CheckoutCartLineItemsPhysicalItem",
    ),
    "CheckoutConsignment": (".models.checkout_consignment", "CheckoutConsignment"),
    "CheckoutConsignmentCouponDiscount": (
        ".models.checkout_consignment_coupon_discount",
        "CheckoutConsignmentCouponDiscount",
    ),
    "CheckoutConsignmentCreateManyItem": (
        ".models.checkout_consignment_create_many_item",
        "CheckoutConsignmentCreateManyItem",
    ),
    "CheckoutConsignmentCreateManyItemAddress": (
        ".models.checkout_consignment_create_many_item_address",
        "CheckoutConsignmentCreateManyItemAddress",
    ),
    "CheckoutConsignmentUpdate": (
        ".models.checkout_consignment_update",
        "CheckoutConsignmentUpdate",
    ),
    "CheckoutConsignmentUpdateAddress": (
        ".models.checkout_consignment_update_address",
        "CheckoutConsignmentUpdateAddress",
    ),
    "CheckoutConsignmentUpdateCustomShipping": (
        ".models.checkout_consignment_update_custom_shipping",
        "CheckoutConsignmentUpdateCustomShipping",
    ),
    "CheckoutCouponCreate": (".models.checkout_coupon_create", "CheckoutCouponCreate"),
    "CheckoutCreateManyItemAddressCustomField": (
        ".models.checkout_create_many_item_address_custom_field",
        "CheckoutCreateManyItemAddressCustomField",
    ),
    "CheckoutCreateManyItemLineItem": (
        ".models.checkout_create_many_item_line_item",
        "CheckoutCreateManyItemLineItem",
    ),
    "CheckoutCreateManyItemPickupOption": (
        ".models.checkout_create_many_item_pickup_option",
        "CheckoutCreateManyItemPickupOption",
    ),
    "CheckoutDiscountCreate": (".models.checkout_discount_create", "CheckoutDiscountCreate"),
    "CheckoutDiscountCreateCart": (
        ".models.checkout_discount_create_cart",
        "CheckoutDiscountCreateCart",
    ),
    "CheckoutDiscountCreateCartDiscount": (
        ".models.checkout_discount_create_cart_discount",
        "CheckoutDiscountCreateCartDiscount",
    ),
    "CheckoutDiscountCreateCartLineItem": (
        ".models.checkout_discount_create_cart_line_item",
        "CheckoutDiscountCreateCartLineItem",
    ),
    "CheckoutFee": (".models.checkout_fee", "CheckoutFee"),
    "CheckoutFeeCreate": (".models.checkout_fee_create", "CheckoutFeeCreate"),
    "CheckoutFeeDeleteAll": (".models.checkout_fee_delete_all", "CheckoutFeeDeleteAll"),
    "CheckoutFeeUpdate": (".models.checkout_fee_update", "CheckoutFeeUpdate"),
    "CheckoutItemsPhysicalItemGiftWrapping": (
        ".models.checkout_items_physical_item_gift_wrapping",
        "CheckoutItemsPhysicalItemGiftWrapping",
    ),
    "CheckoutPromotion": (".models.checkout_promotion", "CheckoutPromotion"),
    "CheckoutSettingChannelUpdate": (
        ".models.checkout_setting_channel_update",
        "CheckoutSettingChannelUpdate",
    ),
    "CheckoutSettingChannelUpdateBody": (
        ".models.checkout_setting_channel_update",
        "CheckoutSettingChannelUpdateBody",
    ),
    "CheckoutSettingUpdate": (".models.checkout_setting_update", "CheckoutSettingUpdate"),
    "CheckoutTax": (".models.checkout_tax", "CheckoutTax"),
    "CheckoutToken": (".models.checkout_token", "CheckoutToken"),
    "CheckoutTokenCreate": (".models.checkout_token_create", "CheckoutTokenCreate"),
    "CheckoutUpdate": (".models.checkout_update", "CheckoutUpdate"),
    "CheckoutsSettings": (".models.checkouts_settings", "CheckoutsSettings"),
    "ContactEntity": ("..shared.models.contact_entity", "ContactEntity"),
    "Currency": ("..shared.models.currency", "Currency"),
    "DeleteCouponCodeDelete": (
        "..shared.models.delete_coupon_code_delete",
        "DeleteCouponCodeDelete",
    ),
    "FeeWithId": (".models.fee_with_id", "FeeWithId"),
    "ItemGiftCertificate": ("..shared.models.item_gift_certificate", "ItemGiftCertificate"),
    "Order": (".models.order", "Order"),
    "PickupOption": (".models.pickup_option", "PickupOption"),
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
    "CheckoutBillingAddressUpdate",
    "CheckoutCart",
    "CheckoutCartLineItems",
    "CheckoutCartLineItemsCustomItem",
    "CheckoutCartLineItemsDigitalItem",
    "CheckoutCartLineItemsPhysicalItem",
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
    "CheckoutFeeCreate",
    "CheckoutFeeDeleteAll",
    "CheckoutFeeUpdate",
    "CheckoutItemsPhysicalItemGiftWrapping",
    "CheckoutPromotion",
    "CheckoutSettingChannelUpdate",
    "CheckoutSettingChannelUpdateBody",
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
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
