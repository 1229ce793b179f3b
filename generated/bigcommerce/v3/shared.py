# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `shared` models, loaded on first use: `from bigcommerce.v3.shared import
AppliedDiscount`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.applied_discount import AppliedDiscount
    from ..models.cart_discount import CartDiscount
    from ..models.cart_metafield import CartMetafield
    from ..models.cart_promotions_banners import CartPromotionsBanners
    from ..models.channel_url import ChannelUrl
    from ..models.contact_entity import ContactEntity
    from ..models.coordinates import Coordinates
    from ..models.delete_coupon_code_delete import (
        DeleteCouponCodeDeleteCreate as DeleteCouponCodeDelete,
    )
    from ..models.item_gift_certificate import ItemGiftCertificate
    from ..models.metafield import Metafield
    from ..models.metafield_create_input import MetafieldCreateInputCreate as MetafieldCreateInput
    from ..models.metafield_create_many_item import (
        MetafieldCreateManyItemCreate as MetafieldCreateManyItem,
    )
    from ..models.metafield_update_many_item import (
        MetafieldUpdateManyItemUpdate as MetafieldUpdateManyItem,
    )
    from ..models.metafield_update_many_item_input import (
        MetafieldUpdateManyItemInputUpdate as MetafieldUpdateManyItemInput,
    )
    from ..models.scratch import Scratch
    from ..models.segment import Segment
    from ..models.shopper_profile import ShopperProfile
    from ..models.v3_currency import Currency
    from ..models.v3_metafield_create import V3MetafieldCreateCreate as MetafieldCreate
    from ..models.v3_not_found import NotFound
    from ..models.v3_site_create import V3SiteCreateCreate as SiteCreate
    from ..models.v3_site_update import V3SiteUpdateUpdate as SiteUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "AppliedDiscount": ("applied_discount", "AppliedDiscount"),
    "CartDiscount": ("cart_discount", "CartDiscount"),
    "CartMetafield": ("cart_metafield", "CartMetafield"),
    "CartPromotionsBanners": ("cart_promotions_banners", "CartPromotionsBanners"),
    "ChannelUrl": ("channel_url", "ChannelUrl"),
    "ContactEntity": ("contact_entity", "ContactEntity"),
    "Coordinates": ("coordinates", "Coordinates"),
    "Currency": ("v3_currency", "Currency"),
    "DeleteCouponCodeDelete": ("delete_coupon_code_delete", "DeleteCouponCodeDeleteCreate"),
    "ItemGiftCertificate": ("item_gift_certificate", "ItemGiftCertificate"),
    "Metafield": ("metafield", "Metafield"),
    "MetafieldCreate": ("v3_metafield_create", "V3MetafieldCreateCreate"),
    "MetafieldCreateInput": ("metafield_create_input", "MetafieldCreateInputCreate"),
    "MetafieldCreateManyItem": ("metafield_create_many_item", "MetafieldCreateManyItemCreate"),
    "MetafieldUpdateManyItem": ("metafield_update_many_item", "MetafieldUpdateManyItemUpdate"),
    "MetafieldUpdateManyItemInput": (
        "metafield_update_many_item_input",
        "MetafieldUpdateManyItemInputUpdate",
    ),
    "NotFound": ("v3_not_found", "NotFound"),
    "Scratch": ("scratch", "Scratch"),
    "Segment": ("segment", "Segment"),
    "ShopperProfile": ("shopper_profile", "ShopperProfile"),
    "SiteCreate": ("v3_site_create", "V3SiteCreateCreate"),
    "SiteUpdate": ("v3_site_update", "V3SiteUpdateUpdate"),
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
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
