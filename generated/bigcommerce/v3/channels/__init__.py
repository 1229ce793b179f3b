# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `channels` models, loaded on first use: `from bigcommerce.v3.channels import
ChannelWithCurrencies`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._enums import ChannelBigcommerceProtectedAppSection
    from ..shared.models.channel_url import ChannelUrl
    from ..shared.models.metafield import Metafield
    from ..shared.models.metafield_create import MetafieldCreate, MetafieldUpdate
    from ..shared.models.metafield_create_many_item import MetafieldCreateManyItem
    from ..shared.models.metafield_update_many_item import MetafieldUpdateManyItem
    from ..shared.models.site_create import SiteCreate
    from ..shared.models.site_update import SiteUpdate
    from .models.active_theme import ActiveTheme
    from .models.channel_create import ChannelCreate
    from .models.channel_currency_assignment_create import (
        ChannelCurrencyAssignmentCreate,
        ChannelCurrencyAssignmentUpdate,
    )
    from .models.channel_currency_assignment_create_many_item import (
        ChannelCurrencyAssignmentCreateManyItem,
        ChannelCurrencyAssignmentUpdateManyItem,
    )
    from .models.channel_listing_create_many_item import ChannelListingCreateManyItem
    from .models.channel_listing_update_many_item import ChannelListingUpdateManyItem
    from .models.channel_menus_create import ChannelMenusCreate
    from .models.channel_menus_create_custom_app_section import ChannelMenusCreateCustomAppSection
    from .models.channel_menus_response import ChannelMenusResponse
    from .models.channel_metafield_update import ChannelMetafieldUpdate
    from .models.channel_product_variant import ChannelProductVariant
    from .models.channel_product_variant_partial import ChannelProductVariantPartial
    from .models.channel_site import ChannelSite
    from .models.channel_update import ChannelUpdate
    from .models.channel_with_currencies import ChannelWithCurrencies
    from .models.currency_not_required_with_channel_id import CurrencyNotRequiredWithChannelId
    from .models.listing import Listing

#: public name -> (model module, its name there)
_EXPORTS = {
    "ActiveTheme": (".models.active_theme", "ActiveTheme"),
    "ChannelBigcommerceProtectedAppSection": ("..._enums", "ChannelBigcommerceProtectedAppSection"),
    "ChannelCreate": (".models.channel_create", "ChannelCreate"),
    "ChannelCurrencyAssignmentCreate": (
        ".models.channel_currency_assignment_create",
        "ChannelCurrencyAssignmentCreate",
    ),
    "ChannelCurrencyAssignmentCreateManyItem": (
        ".models.channel_currency_assignment_create_many_item",
        "ChannelCurrencyAssignmentCreateManyItem",
    ),
    "ChannelCurrencyAssignmentUpdate": (
        ".models.channel_currency_assignment_create",
        "ChannelCurrencyAssignmentUpdate",
    ),
    "ChannelCurrencyAssignmentUpdateManyItem": (
        ".models.channel_currency_assignment_create_many_item",
        "ChannelCurrencyAssignmentUpdateManyItem",
    ),
    "ChannelListingCreateManyItem": (
        ".models.channel_listing_create_many_item",
        "ChannelListingCreateManyItem",
    ),
    "ChannelListingUpdateManyItem": (
        ".models.channel_listing_update_many_item",
        "ChannelListingUpdateManyItem",
    ),
    "ChannelMenusCreate": (".models.channel_menus_create", "ChannelMenusCreate"),
    "ChannelMenusCreateCustomAppSection": (
        ".models.channel_menus_create_custom_app_section",
        "ChannelMenusCreateCustomAppSection",
    ),
    "ChannelMenusResponse": (".models.channel_menus_response", "ChannelMenusResponse"),
    "ChannelMetafieldUpdate": (".models.channel_metafield_update", "ChannelMetafieldUpdate"),
    "ChannelProductVariant": (".models.channel_product_variant", "ChannelProductVariant"),
    "ChannelProductVariantPartial": (
        ".models.channel_product_variant_partial",
        "ChannelProductVariantPartial",
    ),
    "ChannelSite": (".models.channel_site", "ChannelSite"),
    "ChannelUpdate": (".models.channel_update", "ChannelUpdate"),
    "ChannelUrl": ("..shared.models.channel_url", "ChannelUrl"),
    "ChannelWithCurrencies": (".models.channel_with_currencies", "ChannelWithCurrencies"),
    "CurrencyNotRequiredWithChannelId": (
        ".models.currency_not_required_with_channel_id",
        "CurrencyNotRequiredWithChannelId",
    ),
    "Listing": (".models.listing", "Listing"),
    "Metafield": ("..shared.models.metafield", "Metafield"),
    "MetafieldCreate": ("..shared.models.metafield_create", "MetafieldCreate"),
    "MetafieldCreateManyItem": (
        "..shared.models.metafield_create_many_item",
        "MetafieldCreateManyItem",
    ),
    "MetafieldUpdate": ("..shared.models.metafield_create", "MetafieldUpdate"),
    "MetafieldUpdateManyItem": (
        "..shared.models.metafield_update_many_item",
        "MetafieldUpdateManyItem",
    ),
    "SiteCreate": ("..shared.models.site_create", "SiteCreate"),
    "SiteUpdate": ("..shared.models.site_update", "SiteUpdate"),
}

__all__ = [
    "ActiveTheme",
    "ChannelBigcommerceProtectedAppSection",
    "ChannelCreate",
    "ChannelCurrencyAssignmentCreate",
    "ChannelCurrencyAssignmentCreateManyItem",
    "ChannelCurrencyAssignmentUpdate",
    "ChannelCurrencyAssignmentUpdateManyItem",
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
    "MetafieldUpdate",
    "MetafieldUpdateManyItem",
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
