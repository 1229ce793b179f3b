# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `shared` models, loaded on first use: `from bigcommerce.v3.shared import
AppliedDiscount`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.applied_discount import AppliedDiscount
    from .models.cart_discount import CartDiscount
    from .models.cart_metafield import CartMetafield
    from .models.cart_promotions_banners import CartPromotionsBanners
    from .models.channel_url import ChannelUrl
    from .models.contact_entity import ContactEntity
    from .models.coordinates import Coordinates
    from .models.currency import Currency
    from .models.delete_coupon_code_delete import DeleteCouponCodeDelete
    from .models.item_gift_certificate import ItemGiftCertificate
    from .models.metafield import Metafield
    from .models.metafield_create import MetafieldCreate, MetafieldUpdate
    from .models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
    from .models.metafield_create_many_item import MetafieldCreateManyItem
    from .models.metafield_update_many_item import MetafieldUpdateManyItem
    from .models.metafield_update_many_item_input import MetafieldUpdateManyItemInput
    from .models.not_found import NotFound
    from .models.scratch import Scratch
    from .models.segment import Segment
    from .models.shopper_profile import ShopperProfile
    from .models.site_create import SiteCreate
    from .models.site_update import SiteUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedDiscount": (".models.applied_discount", "AppliedDiscount"),
    "CartDiscount": (".models.cart_discount", "CartDiscount"),
    "CartMetafield": (".models.cart_metafield", "CartMetafield"),
    "CartPromotionsBanners": (".models.cart_promotions_banners", "CartPromotionsBanners"),
    "ChannelUrl": (".models.channel_url", "ChannelUrl"),
    "ContactEntity": (".models.contact_entity", "ContactEntity"),
    "Coordinates": (".models.coordinates", "Coordinates"),
    "Currency": (".models.currency", "Currency"),
    "DeleteCouponCodeDelete": (".models.delete_coupon_code_delete", "DeleteCouponCodeDelete"),
    "ItemGiftCertificate": (".models.item_gift_certificate", "ItemGiftCertificate"),
    "Metafield": (".models.metafield", "Metafield"),
    "MetafieldCreate": (".models.metafield_create", "MetafieldCreate"),
    "MetafieldCreateInput": (".models.metafield_create_input", "MetafieldCreateInput"),
    "MetafieldCreateManyItem": (".models.metafield_create_many_item", "MetafieldCreateManyItem"),
    "MetafieldUpdate": (".models.metafield_create", "MetafieldUpdate"),
    "MetafieldUpdateInput": (".models.metafield_create_input", "MetafieldUpdateInput"),
    "MetafieldUpdateManyItem": (".models.metafield_update_many_item", "MetafieldUpdateManyItem"),
    "MetafieldUpdateManyItemInput": (
        ".models.metafield_update_many_item_input",
        "MetafieldUpdateManyItemInput",
    ),
    "NotFound": (".models.not_found", "NotFound"),
    "Scratch": (".models.scratch", "Scratch"),
    "Segment": (".models.segment", "Segment"),
    "ShopperProfile": (".models.shopper_profile", "ShopperProfile"),
    "SiteCreate": (".models.site_create", "SiteCreate"),
    "SiteUpdate": (".models.site_update", "SiteUpdate"),
}

__all__ = [
    "AppliedDiscount",
    "CartDiscount",
    "CartMetafield",
    "CartPromotionsBanners",
    "ChannelUrl",
    "ContactEntity",
    "Coordinates",
    "Currency",
    "DeleteCouponCodeDelete",
    "ItemGiftCertificate",
    "Metafield",
    "MetafieldCreate",
    "MetafieldCreateInput",
    "MetafieldCreateManyItem",
    "MetafieldUpdate",
    "MetafieldUpdateInput",
    "MetafieldUpdateManyItem",
    "MetafieldUpdateManyItemInput",
    "NotFound",
    "Scratch",
    "Segment",
    "ShopperProfile",
    "SiteCreate",
    "SiteUpdate",
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
