# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `channels` models, loaded on first use: `from bigcommerce.v3.channels import
ActiveTheme`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models._enums import ChannelBigcommerceProtectedAppSection
    from ..models.active_theme import ActiveTheme
    from ..models.channel_currency_assignment_create import (
        ChannelCurrencyAssignmentCreateCreate as ChannelCurrencyAssignmentCreate,
    )
    from ..models.channel_currency_assignment_create_many_item import (
        ChannelCurrencyAssignmentCreateManyItemCreate as ChannelCurrencyAssignmentCreateManyItem,
    )
    from ..models.channel_listing_create_many_item import (
        ChannelListingCreateManyItemCreate as ChannelListingCreateManyItem,
    )
    from ..models.channel_listing_update_many_item import (
        ChannelListingUpdateManyItemUpdate as ChannelListingUpdateManyItem,
    )
    from ..models.channel_menus_create_custom_app_section import ChannelMenusCreateCustomAppSection
    from ..models.channel_menus_response import ChannelMenusResponse
    from ..models.channel_metafield_update import (
        ChannelMetafieldUpdateUpdate as ChannelMetafieldUpdate,
    )
    from ..models.channel_product_variant import ChannelProductVariant
    from ..models.channel_product_variant_partial import ChannelProductVariantPartial
    from ..models.channel_site import ChannelSite
    from ..models.channel_url import ChannelUrl
    from ..models.channel_with_currencies import ChannelWithCurrencies
    from ..models.currency_not_required_with_channel_id import CurrencyNotRequiredWithChannelId
    from ..models.listing import Listing
    from ..models.metafield import Metafield
    from ..models.metafield_create_many_item import (
        MetafieldCreateManyItemCreate as MetafieldCreateManyItem,
    )
    from ..models.metafield_update_many_item import (
        MetafieldUpdateManyItemUpdate as MetafieldUpdateManyItem,
    )
    from ..models.v3_channel_create import V3ChannelCreateCreate as ChannelCreate
    from ..models.v3_channel_menus_create import V3ChannelMenusCreateCreate as ChannelMenusCreate
    from ..models.v3_channel_update import V3ChannelUpdateUpdate as ChannelUpdate
    from ..models.v3_metafield_create import V3MetafieldCreateCreate as MetafieldCreate
    from ..models.v3_site_create import V3SiteCreateCreate as SiteCreate
    from ..models.v3_site_update import V3SiteUpdateUpdate as SiteUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "ActiveTheme": ("active_theme", "ActiveTheme"),
    "ChannelBigcommerceProtectedAppSection": ("_enums", "ChannelBigcommerceProtectedAppSection"),
    "ChannelCreate": ("v3_channel_create", "V3ChannelCreateCreate"),
    "ChannelCurrencyAssignmentCreate": (
        "channel_currency_assignment_create",
        "ChannelCurrencyAssignmentCreateCreate",
    ),
    "ChannelCurrencyAssignmentCreateManyItem": (
        "channel_currency_assignment_create_many_item",
        "ChannelCurrencyAssignmentCreateManyItemCreate",
    ),
    "ChannelListingCreateManyItem": (
        "channel_listing_create_many_item",
        "ChannelListingCreateManyItemCreate",
    ),
    "ChannelListingUpdateManyItem": (
        "channel_listing_update_many_item",
        "ChannelListingUpdateManyItemUpdate",
    ),
    "ChannelMenusCreate": ("v3_channel_menus_create", "V3ChannelMenusCreateCreate"),
    "ChannelMenusCreateCustomAppSection": (
        "channel_menus_create_custom_app_section",
        "ChannelMenusCreateCustomAppSection",
    ),
    "ChannelMenusResponse": ("channel_menus_response", "ChannelMenusResponse"),
    "ChannelMetafieldUpdate": ("channel_metafield_update", "ChannelMetafieldUpdateUpdate"),
    "ChannelProductVariant": ("channel_product_variant", "ChannelProductVariant"),
    "ChannelProductVariantPartial": (
        "channel_product_variant_partial",
        "ChannelProductVariantPartial",
    ),
    "ChannelSite": ("channel_site", "ChannelSite"),
    "ChannelUpdate": ("v3_channel_update", "V3ChannelUpdateUpdate"),
    "ChannelUrl": ("channel_url", "ChannelUrl"),
    "ChannelWithCurrencies": ("channel_with_currencies", "ChannelWithCurrencies"),
    "CurrencyNotRequiredWithChannelId": (
        "currency_not_required_with_channel_id",
        "CurrencyNotRequiredWithChannelId",
    ),
    "Listing": ("listing", "Listing"),
    "Metafield": ("metafield", "Metafield"),
    "MetafieldCreate": ("v3_metafield_create", "V3MetafieldCreateCreate"),
    "MetafieldCreateManyItem": ("metafield_create_many_item", "MetafieldCreateManyItemCreate"),
    "MetafieldUpdateManyItem": ("metafield_update_many_item", "MetafieldUpdateManyItemUpdate"),
    "SiteCreate": ("v3_site_create", "V3SiteCreateCreate"),
    "SiteUpdate": ("v3_site_update", "V3SiteUpdateUpdate"),
}

__all__ = [
    "ActiveTheme",
    "ChannelBigcommerceProtectedAppSection",
    "ChannelCreate",
    "ChannelCurrencyAssignmentCreate",
    "ChannelCurrencyAssignmentCreateManyItem",
    "ChannelListingCreateManyItem",
    "ChannelListingUpdateManyItem",
    "ChannelMenusCreate",
    "ChannelMenusCreateCustomAppSection",
    "ChannelMenusResponse",
    "ChannelMetafieldUpdate",
    "ChannelProductVariant",
    "ChannelProductVariantPartial",
    "ChannelSite",
    "ChannelUpdate",
    "ChannelUrl",
    "ChannelWithCurrencies",
    "CurrencyNotRequiredWithChannelId",
    "Listing",
    "Metafield",
    "MetafieldCreate",
    "MetafieldCreateManyItem",
    "MetafieldUpdateManyItem",
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
