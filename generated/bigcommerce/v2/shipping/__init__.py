# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The v2 API's `shipping` models, loaded on first use: `from bigcommerce.v2.shipping import
ShippingZone`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models.carrier_connection_create import CarrierConnectionCreate, CarrierConnectionUpdate
    from .models.carrier_connection_delete_all import CarrierConnectionDeleteAll
    from .models.handling_fees import HandlingFees
    from .models.shipping_method import ShippingMethod
    from .models.shipping_zone import ShippingZone
    from .models.shipping_zone_free_shipping import ShippingZoneFreeShipping
    from .models.shipping_zone_locations import ShippingZoneLocations
    from .models.zone_create import ZoneCreate
    from .models.zone_create_free_shipping import ZoneCreateFreeShipping
    from .models.zone_create_handling_fees import ZoneCreateHandlingFees
    from .models.zone_create_location import ZoneCreateLocation
    from .models.zone_method_create import ZoneMethodCreate, ZoneMethodUpdate
    from .models.zone_method_create_handling_fees import ZoneMethodCreateHandlingFees
    from .models.zone_method_create_settings import ZoneMethodCreateSettings
    from .models.zone_update import ZoneUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "CarrierConnectionCreate": (".models.carrier_connection_create", "CarrierConnectionCreate"),
    "CarrierConnectionDeleteAll": (
        ".models.carrier_connection_delete_all",
        "CarrierConnectionDeleteAll",
    ),
    "CarrierConnectionUpdate": (".models.carrier_connection_create", "CarrierConnectionUpdate"),
    "HandlingFees": (".models.handling_fees", "HandlingFees"),
    "ShippingMethod": (".models.shipping_method", "ShippingMethod"),
    "ShippingZone": (".models.shipping_zone", "ShippingZone"),
    "ShippingZoneFreeShipping": (".models.shipping_zone_free_shipping", "ShippingZoneFreeShipping"),
    "ShippingZoneLocations": (".models.shipping_zone_locations", "ShippingZoneLocations"),
    "ZoneCreate": (".models.zone_create", "ZoneCreate"),
    "ZoneCreateFreeShipping": (".models.zone_create_free_shipping", "ZoneCreateFreeShipping"),
    "ZoneCreateHandlingFees": (".models.zone_create_handling_fees", "ZoneCreateHandlingFees"),
    "ZoneCreateLocation": (".models.zone_create_location", "ZoneCreateLocation"),
    "ZoneMethodCreate": (".models.zone_method_create", "ZoneMethodCreate"),
    "ZoneMethodCreateHandlingFees": (
        ".models.zone_method_create_handling_fees",
        "ZoneMethodCreateHandlingFees",
    ),
    "ZoneMethodCreateSettings": (".models.zone_method_create_settings", "ZoneMethodCreateSettings"),
    "ZoneMethodUpdate": (".models.zone_method_create", "ZoneMethodUpdate"),
    "ZoneUpdate": (".models.zone_update", "ZoneUpdate"),
}

__all__ = [
    "CarrierConnectionCreate",
    "CarrierConnectionDeleteAll",
    "CarrierConnectionUpdate",
    "HandlingFees",
    "ShippingMethod",
    "ShippingZone",
    "ShippingZoneFreeShipping",
    "ShippingZoneLocations",
    "ZoneCreate",
    "ZoneCreateFreeShipping",
    "ZoneCreateHandlingFees",
    "ZoneCreateLocation",
    "ZoneMethodCreate",
    "ZoneMethodCreateHandlingFees",
    "ZoneMethodCreateSettings",
    "ZoneMethodUpdate",
    "ZoneUpdate",
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
