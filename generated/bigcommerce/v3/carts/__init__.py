# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `carts` models, loaded on first use: `from bigcommerce.v3.carts import Cart`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.applied_discount import AppliedDiscount
    from ..shared.models.cart_discount import CartDiscount
    from ..shared.models.cart_metafield import CartMetafield
    from ..shared.models.cart_promotions_banners import CartPromotionsBanners
    from ..shared.models.contact_entity import ContactEntity
    from ..shared.models.currency import Currency
    from ..shared.models.delete_coupon_code_delete import DeleteCouponCodeDelete
    from ..shared.models.item_gift_certificate import ItemGiftCertificate
    from ..shared.models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
    from .models.applied_coupon import AppliedCoupon
    from .models.cart import Cart
    from .models.cart_create import CartCreate
    from .models.cart_create_currency import CartCreateCurrency
    from .models.cart_create_custom_item import CartCreateCustomItem
    from .models.cart_create_gift_certificate import CartCreateGiftCertificate
    from .models.cart_create_gift_certificate_sender import CartCreateGiftCertificateSender
    from .models.cart_create_line_item import CartCreateLineItem
    from .models.cart_create_line_item_gift_wrapping import CartCreateLineItemGiftWrapping
    from .models.cart_create_line_item_gift_wrapping_wrap_detail import (
        CartCreateLineItemGiftWrappingWrapDetail,
    )
    from .models.cart_create_line_item_option_selection import CartCreateLineItemOptionSelection
    from .models.cart_custom_item import CartCustomItem
    from .models.cart_digital_item import CartDigitalItem
    from .models.cart_item_create import CartItemCreate
    from .models.cart_item_update import CartItemUpdate
    from .models.cart_line_item import CartLineItem
    from .models.cart_line_items import CartLineItems
    from .models.cart_metafield_create_many_item import CartMetafieldCreateManyItem
    from .models.cart_metafield_update_many_item import CartMetafieldUpdateManyItem
    from .models.cart_promotions import CartPromotions
    from .models.cart_redirect_url import CartRedirectUrl
    from .models.cart_redirect_url_create import CartRedirectUrlCreate
    from .models.cart_redirect_url_create_query_params import CartRedirectUrlCreateQueryParams
    from .models.cart_setting_update import CartSettingUpdate
    from .models.cart_settings import CartSettings
    from .models.cart_update import CartUpdate
    from .models.gift_wrapping import GiftWrapping
    from .models.setting_channel_update_data import (
        SettingChannelUpdateData,
        SettingChannelUpdateDataBody,
    )

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedCoupon": (".models.applied_coupon", "AppliedCoupon"),
    "AppliedDiscount": ("..shared.models.applied_discount", "AppliedDiscount"),
    "Cart": (".models.cart", "Cart"),
    "CartCreate": (".models.cart_create", "CartCreate"),
    "CartCreateCurrency": (".models.cart_create_currency", "CartCreateCurrency"),
    "CartCreateCustomItem": (".models.cart_create_custom_item", "CartCreateCustomItem"),
    "CartCreateGiftCertificate": (
        ".models.cart_create_gift_certificate",
        "CartCreateGiftCertificate",
    ),
    "CartCreateGiftCertificateSender": (
        ".models.cart_create_gift_certificate_sender",
        "CartCreateGiftCertificateSender",
    ),
    "CartCreateLineItem": (".models.cart_create_line_item", "CartCreateLineItem"),
    "CartCreateLineItemGiftWrapping": (
        ".models.cart_create_line_item_gift_wrapping",
        "CartCreateLineItemGiftWrapping",
    ),
    "CartCreateLineItemGiftWrappingWrapDetail": (
        ".models.cart_create_line_item_gift_wrapping_wrap_detail",
        "CartCreateLineItemGiftWrappingWrapDetail",
    ),
    "CartCreateLineItemOptionSelection": (
        ".models.cart_create_line_item_option_selection",
        "CartCreateLineItemOptionSelection",
    ),
    "CartCustomItem": (".models.cart_custom_item", "CartCustomItem"),
    "CartDigitalItem": (".models.cart_digital_item", "CartDigitalItem"),
    "CartDiscount": ("..shared.models.cart_discount", "CartDiscount"),
    "CartItemCreate": (".models.cart_item_create", "CartItemCreate"),
    "CartItemUpdate": (".models.cart_item_update", "CartItemUpdate"),
    "CartLineItem": (".models.cart_line_item", "CartLineItem"),
    "CartLineItems": (".models.cart_line_items", "CartLineItems"),
    "CartMetafield": ("..shared.models.cart_metafield", "CartMetafield"),
    "CartMetafieldCreateManyItem": (
        ".models.cart_metafield_create_many_item",
        "CartMetafieldCreateManyItem",
    ),
    "CartMetafieldUpdateManyItem": (
        ".models.cart_metafield_update_many_item",
        "CartMetafieldUpdateManyItem",
    ),
    "CartPromotions": (".models.cart_promotions", "CartPromotions"),
    "CartPromotionsBanners": ("..shared.models.cart_promotions_banners", "CartPromotionsBanners"),
    "CartRedirectUrl": (".models.cart_redirect_url", "CartRedirectUrl"),
    "CartRedirectUrlCreate": (".models.cart_redirect_url_create", "CartRedirectUrlCreate"),
    "CartRedirectUrlCreateQueryParams": (
        ".models.cart_redirect_url_create_query_params",
        "CartRedirectUrlCreateQueryParams",
    ),
    "CartSettingUpdate": (".models.cart_setting_update", "CartSettingUpdate"),
    "CartSettings": (".models.cart_settings", "CartSettings"),
    "CartUpdate": (".models.cart_update", "CartUpdate"),
    "ContactEntity": ("..shared.models.contact_entity", "ContactEntity"),
    "Currency": ("..shared.models.currency", "Currency"),
    "DeleteCouponCodeDelete": (
        "..shared.models.delete_coupon_code_delete",
        "DeleteCouponCodeDelete",
    ),
    "GiftWrapping": (".models.gift_wrapping", "GiftWrapping"),
    "ItemGiftCertificate": ("..shared.models.item_gift_certificate", "ItemGiftCertificate"),
    "MetafieldCreateInput": ("..shared.models.metafield_create_input", "MetafieldCreateInput"),
    "MetafieldUpdateInput": ("..shared.models.metafield_create_input", "MetafieldUpdateInput"),
    "SettingChannelUpdateData": (".models.setting_channel_update_data", "SettingChannelUpdateData"),
    "SettingChannelUpdateDataBody": (
        ".models.setting_channel_update_data",
        "SettingChannelUpdateDataBody",
    ),
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
    "CartCustomItem",
    "CartDigitalItem",
    "CartDiscount",
    "CartItemCreate",
    "CartItemUpdate",
    "CartLineItem",
    "CartLineItems",
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
    "ItemGiftCertificate",
    "MetafieldCreateInput",
    "MetafieldUpdateInput",
    "SettingChannelUpdateData",
    "SettingChannelUpdateDataBody",
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
