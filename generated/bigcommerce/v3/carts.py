# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `carts` models, loaded on first use: `from bigcommerce.v3.carts import
AppliedCoupon`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.applied_coupon import AppliedCoupon
    from ..models.applied_discount import AppliedDiscount
    from ..models.cart import Cart
    from ..models.cart_create_currency import CartCreateCurrency
    from ..models.cart_create_custom_item import CartCreateCustomItem
    from ..models.cart_create_gift_certificate import CartCreateGiftCertificate
    from ..models.cart_create_gift_certificate_sender import CartCreateGiftCertificateSender
    from ..models.cart_create_line_item import CartCreateLineItem
    from ..models.cart_create_line_item_gift_wrapping import CartCreateLineItemGiftWrapping
    from ..models.cart_create_line_item_gift_wrapping_wrap_detail import (
        CartCreateLineItemGiftWrappingWrapDetail,
    )
    from ..models.cart_create_line_item_option_selection import CartCreateLineItemOptionSelection
    from ..models.cart_discount import CartDiscount
    from ..models.cart_item_create import CartItemCreateCreate as CartItemCreate
    from ..models.cart_item_update import CartItemUpdateUpdate as CartItemUpdate
    from ..models.cart_metafield import CartMetafield
    from ..models.cart_metafield_create_many_item import (
        CartMetafieldCreateManyItemCreate as CartMetafieldCreateManyItem,
    )
    from ..models.cart_metafield_update_many_item import (
        CartMetafieldUpdateManyItemUpdate as CartMetafieldUpdateManyItem,
    )
    from ..models.cart_promotions import CartPromotions
    from ..models.cart_promotions_banners import CartPromotionsBanners
    from ..models.cart_redirect_url import CartRedirectUrl
    from ..models.cart_redirect_url_create_query_params import CartRedirectUrlCreateQueryParams
    from ..models.cart_setting_update import CartSettingUpdateUpdate as CartSettingUpdate
    from ..models.cart_settings import CartSettings
    from ..models.contact_entity import ContactEntity
    from ..models.delete_coupon_code_delete import (
        DeleteCouponCodeDeleteCreate as DeleteCouponCodeDelete,
    )
    from ..models.gift_wrapping import GiftWrapping
    from ..models.item_custom import ItemCustom
    from ..models.item_gift_certificate import ItemGiftCertificate
    from ..models.line_items import LineItems
    from ..models.line_items_digital_item import LineItemsDigitalItem
    from ..models.line_items_physical_item import LineItemsPhysicalItem
    from ..models.metafield_create_input import MetafieldCreateInputCreate as MetafieldCreateInput
    from ..models.setting_channel_update_data import SettingChannelUpdateData
    from ..models.v3_cart_create import V3CartCreateCreate as CartCreate
    from ..models.v3_cart_redirect_url_create import (
        V3CartRedirectUrlCreateCreate as CartRedirectUrlCreate,
    )
    from ..models.v3_cart_update import V3CartUpdateUpdate as CartUpdate
    from ..models.v3_currency import Currency

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedCoupon": ("applied_coupon", "AppliedCoupon"),
    "AppliedDiscount": ("applied_discount", "AppliedDiscount"),
    "Cart": ("cart", "Cart"),
    "CartCreate": ("v3_cart_create", "V3CartCreateCreate"),
    "CartCreateCurrency": ("cart_create_currency", "CartCreateCurrency"),
    "CartCreateCustomItem": ("cart_create_custom_item", "CartCreateCustomItem"),
    "CartCreateGiftCertificate": ("cart_create_gift_certificate", "CartCreateGiftCertificate"),
    "CartCreateGiftCertificateSender": (
        "cart_create_gift_certificate_sender",
        "CartCreateGiftCertificateSender",
    ),
    "CartCreateLineItem": ("cart_create_line_item", "CartCreateLineItem"),
    "CartCreateLineItemGiftWrapping": (
        "cart_create_line_item_gift_wrapping",
        "CartCreateLineItemGiftWrapping",
    ),
    "CartCreateLineItemGiftWrappingWrapDetail": (
        "cart_create_line_item_gift_wrapping_wrap_detail",
        "CartCreateLineItemGiftWrappingWrapDetail",
    ),
    "CartCreateLineItemOptionSelection": (
        "cart_create_line_item_option_selection",
        "CartCreateLineItemOptionSelection",
    ),
    "CartDiscount": ("cart_discount", "CartDiscount"),
    "CartItemCreate": ("cart_item_create", "CartItemCreateCreate"),
    "CartItemUpdate": ("cart_item_update", "CartItemUpdateUpdate"),
    "CartMetafield": ("cart_metafield", "CartMetafield"),
    "CartMetafieldCreateManyItem": (
        "cart_metafield_create_many_item",
        "CartMetafieldCreateManyItemCreate",
    ),
    "CartMetafieldUpdateManyItem": (
        "cart_metafield_update_many_item",
        "CartMetafieldUpdateManyItemUpdate",
    ),
    "CartPromotions": ("cart_promotions", "CartPromotions"),
    "CartPromotionsBanners": ("cart_promotions_banners", "CartPromotionsBanners"),
    "CartRedirectUrl": ("cart_redirect_url", "CartRedirectUrl"),
    "CartRedirectUrlCreate": ("v3_cart_redirect_url_create", "V3CartRedirectUrlCreateCreate"),
    "CartRedirectUrlCreateQueryParams": (
        "cart_redirect_url_create_query_params",
        "CartRedirectUrlCreateQueryParams",
    ),
    "CartSettingUpdate": ("cart_setting_update", "CartSettingUpdateUpdate"),
    "CartSettings": ("cart_settings", "CartSettings"),
    "CartUpdate": ("v3_cart_update", "V3CartUpdateUpdate"),
    "ContactEntity": ("contact_entity", "ContactEntity"),
    "Currency": ("v3_currency", "Currency"),
    "DeleteCouponCodeDelete": ("delete_coupon_code_delete", "DeleteCouponCodeDeleteCreate"),
    "GiftWrapping": ("gift_wrapping", "GiftWrapping"),
    "ItemCustom": ("item_custom", "ItemCustom"),
    "ItemGiftCertificate": ("item_gift_certificate", "ItemGiftCertificate"),
    "LineItems": ("line_items", "LineItems"),
    "LineItemsDigitalItem": ("line_items_digital_item", "LineItemsDigitalItem"),
    "LineItemsPhysicalItem": ("line_items_physical_item", "LineItemsPhysicalItem"),
    "MetafieldCreateInput": ("metafield_create_input", "MetafieldCreateInputCreate"),
    "SettingChannelUpdateData": ("setting_channel_update_data", "SettingChannelUpdateData"),
}

__all__ = [
    "AppliedCoupon",
    "AppliedDiscount",
    "Cart",
    "CartCreate",
    "CartCreateCurrency",
    "CartCreateCustomItem",
    "CartCreateGiftCertificate",
    "CartCreateGiftCertificateSender",
    "CartCreateLineItem",
    "CartCreateLineItemGiftWrapping",
    "CartCreateLineItemGiftWrappingWrapDetail",
    "CartCreateLineItemOptionSelection",
    "CartDiscount",
    "CartItemCreate",
    "CartItemUpdate",
    "CartMetafield",
    "CartMetafieldCreateManyItem",
    "CartMetafieldUpdateManyItem",
    "CartPromotions",
    "CartPromotionsBanners",
    "CartRedirectUrl",
    "CartRedirectUrlCreate",
    "CartRedirectUrlCreateQueryParams",
    "CartSettingUpdate",
    "CartSettings",
    "CartUpdate",
    "ContactEntity",
    "Currency",
    "DeleteCouponCodeDelete",
    "GiftWrapping",
    "ItemCustom",
    "ItemGiftCertificate",
    "LineItems",
    "LineItemsDigitalItem",
    "LineItemsPhysicalItem",
    "MetafieldCreateInput",
    "SettingChannelUpdateData",
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
