# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `inventory` models, loaded on first use: `from bigcommerce.v3.inventory import
Item`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.coordinates import Coordinates
    from ..shared.models.metafield import Metafield
    from ..shared.models.metafield_create_many_item import MetafieldCreateManyItem
    from .models.adjustments_absolute_update import (
        AdjustmentsAbsoluteUpdate,
        AdjustmentsAbsoluteUpdateBody,
    )
    from .models.adjustments_absolute_update_item import AdjustmentsAbsoluteUpdateItem
    from .models.item import Item
    from .models.item_identity import ItemIdentity
    from .models.item_location import ItemLocation
    from .models.item_location_settings import ItemLocationSettings
    from .models.location import Location
    from .models.location_address import LocationAddress
    from .models.location_address_geo_coordinates import LocationAddressGeoCoordinates
    from .models.location_create_many_item import LocationCreateManyItem
    from .models.location_create_many_item_address import LocationCreateManyItemAddress
    from .models.location_create_many_item_special_hour import LocationCreateManyItemSpecialHour
    from .models.location_item_update import LocationItemUpdate
    from .models.location_item_update_setting import LocationItemUpdateSetting
    from .models.location_item_update_setting_identity import LocationItemUpdateSettingIdentity
    from .models.location_items import LocationItems
    from .models.location_items_identity import LocationItemsIdentity
    from .models.location_metafield_create import LocationMetafieldCreate, LocationMetafieldUpdate
    from .models.location_metafield_update_many_item import LocationMetafieldUpdateManyItem
    from .models.location_special_hour import LocationSpecialHour
    from .models.location_update_many_item import LocationUpdateManyItem
    from .models.location_update_many_item_address import LocationUpdateManyItemAddress
    from .models.operating_hours import OperatingHours
    from .models.operating_hours_for_day import OperatingHoursForDay
    from .models.simple_transaction import SimpleTransaction

#: public name -> (model module, its name there)
_EXPORTS = {
    "AdjustmentsAbsoluteUpdate": (
        ".models.adjustments_absolute_update",
        "AdjustmentsAbsoluteUpdate",
    ),
    "AdjustmentsAbsoluteUpdateBody": (
        ".models.adjustments_absolute_update",
        "AdjustmentsAbsoluteUpdateBody",
    ),
    "AdjustmentsAbsoluteUpdateItem": (
        ".models.adjustments_absolute_update_item",
        "AdjustmentsAbsoluteUpdateItem",
    ),
    "Coordinates": ("..shared.models.coordinates", "Coordinates"),
    "Item": (".models.item", "Item"),
    "ItemIdentity": (".models.item_identity", "ItemIdentity"),
    "ItemLocation": (".models.item_location", "ItemLocation"),
    "ItemLocationSettings": (".models.item_location_settings", "ItemLocationSettings"),
    "Location": (".models.location", "Location"),
    "LocationAddress": (".models.location_address", "LocationAddress"),
    "LocationAddressGeoCoordinates": (
        ".models.location_address_geo_coordinates",
        "LocationAddressGeoCoordinates",
    ),
    "LocationCreateManyItem": (".models.location_create_many_item", "LocationCreateManyItem"),
    "LocationCreateManyItemAddress": (
        ".models.location_create_many_item_address",
        "LocationCreateManyItemAddress",
    ),
    "LocationCreateManyItemSpecialHour": (
        ".models.location_create_many_item_special_hour",
        "LocationCreateManyItemSpecialHour",
    ),
    "LocationItemUpdate": (".models.location_item_update", "LocationItemUpdate"),
    "LocationItemUpdateSetting": (
        ".models.location_item_update_setting",
        "LocationItemUpdateSetting",
    ),
    "LocationItemUpdateSettingIdentity": (
        ".models.location_item_update_setting_identity",
        "LocationItemUpdateSettingIdentity",
    ),
    "LocationItems": (".models.location_items", "LocationItems"),
    "LocationItemsIdentity": (".models.location_items_identity", "LocationItemsIdentity"),
    "LocationMetafieldCreate": (".models.location_metafield_create", "LocationMetafieldCreate"),
    "LocationMetafieldUpdate": (".models.location_metafield_create", "LocationMetafieldUpdate"),
    "LocationMetafieldUpdateManyItem": (
        ".models.location_metafield_update_many_item",
        "LocationMetafieldUpdateManyItem",
    ),
    "LocationSpecialHour": (".models.location_special_hour", "LocationSpecialHour"),
    "LocationUpdateManyItem": (".models.location_update_many_item", "LocationUpdateManyItem"),
    "LocationUpdateManyItemAddress": (
        ".models.location_update_many_item_address",
        "LocationUpdateManyItemAddress",
    ),
    "Metafield": ("..shared.models.metafield", "Metafield"),
    "MetafieldCreateManyItem": (
        "..shared.models.metafield_create_many_item",
        "MetafieldCreateManyItem",
    ),
    "OperatingHours": (".models.operating_hours", "OperatingHours"),
    "OperatingHoursForDay": (".models.operating_hours_for_day", "OperatingHoursForDay"),
    "SimpleTransaction": (".models.simple_transaction", "SimpleTransaction"),
}

__all__ = [
    "AdjustmentsAbsoluteUpdate",
    "AdjustmentsAbsoluteUpdateBody",
    "AdjustmentsAbsoluteUpdateItem",
    "Coordinates",
    "Item",
    "ItemIdentity",
    "ItemLocation",
    "ItemLocationSettings",
    "Location",
    "LocationAddress",
    "LocationAddressGeoCoordinates",
    "LocationCreateManyItem",
    "LocationCreateManyItemAddress",
    "LocationCreateManyItemSpecialHour",
    "LocationItemUpdate",
    "LocationItemUpdateSetting",
    "LocationItemUpdateSettingIdentity",
    "LocationItems",
    "LocationItemsIdentity",
    "LocationMetafieldCreate",
    "LocationMetafieldUpdate",
    "LocationMetafieldUpdateManyItem",
    "LocationSpecialHour",
    "LocationUpdateManyItem",
    "LocationUpdateManyItemAddress",
    "Metafield",
    "MetafieldCreateManyItem",
    "OperatingHours",
    "OperatingHoursForDay",
    "SimpleTransaction",
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
