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
    from .models.contact_entity import ContactEntity
    from .models.coordinates import Coordinates
    from .models.currency import Currency
    from .models.delete_coupon_code_delete import DeleteCouponCodeDelete
    from .models.item_gift_certificate import ItemGiftCertificate
    from .models.metafield import Metafield
    from .models.metafield_create import MetafieldCreate
    from .models.metafield_create_alt import MetafieldCreateAlt
    from .models.metafield_create_many_item import MetafieldCreateManyItem
    from .models.metafield_update_many_item import MetafieldUpdateManyItem
    from .models.metafield_update_many_item_alt import MetafieldUpdateManyItemAlt
    from .models.not_found import NotFound
    from .models.scratch import Scratch
    from .models.segment import Segment
    from .models.shopper_profile import ShopperProfile
    from .models.site_create import SiteCreate
    from .models.site_update import SiteUpdate
    from .models.url_alt import UrlAlt

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedDiscount": (".models.applied_discount", "AppliedDiscount"),
    "CartDiscount": (".models.cart_discount", "CartDiscount"),
    "CartMetafield": (".models.cart_metafield", "CartMetafield"),
    "CartPromotionsBanners": (".models.cart_promotions_banners", "CartPromotionsBanners"),
    "ContactEntity": (".models.contact_entity", "ContactEntity"),
    "Coordinates": (".models.coordinates", "Coordinates"),
    "Currency": (".models.currency", "Currency"),
    "DeleteCouponCodeDelete": (".models.delete_coupon_code_delete", "DeleteCouponCodeDelete"),
    "ItemGiftCertificate": (".models.item_gift_certificate", "ItemGiftCertificate"),
    "Metafield": (".models.metafield", "Metafield"),
    "MetafieldCreate": (".models.metafield_create", "MetafieldCreate"),
    "MetafieldCreateAlt": (".models.metafield_create_alt", "MetafieldCreateAlt"),
    "MetafieldCreateManyItem": (".models.metafield_create_many_item", "MetafieldCreateManyItem"),
    "MetafieldUpdateManyItem": (".models.metafield_update_many_item", "MetafieldUpdateManyItem"),
    "MetafieldUpdateManyItemAlt": (
        ".models.metafield_update_many_item_alt",
        "MetafieldUpdateManyItemAlt",
    ),
    "NotFound": (".models.not_found", "NotFound"),
    "Scratch": (".models.scratch", "Scratch"),
    "Segment": (".models.segment", "Segment"),
    "ShopperProfile": (".models.shopper_profile", "ShopperProfile"),
    "SiteCreate": (".models.site_create", "SiteCreate"),
    "SiteUpdate": (".models.site_update", "SiteUpdate"),
    "UrlAlt": (".models.url_alt", "UrlAlt"),
}

__all__ = [
    "AppliedDiscount",
    "CartDiscount",
    "CartMetafield",
    "CartPromotionsBanners",
    "ContactEntity",
    "Coordinates",
    "Currency",
    "DeleteCouponCodeDelete",
    "ItemGiftCertificate",
    "Metafield",
    "MetafieldCreate",
    "MetafieldCreateAlt",
    "MetafieldCreateManyItem",
    "MetafieldUpdateManyItem",
    "MetafieldUpdateManyItemAlt",
    "NotFound",
    "Scratch",
    "Segment",
    "ShopperProfile",
    "SiteCreate",
    "SiteUpdate",
    "UrlAlt",
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
