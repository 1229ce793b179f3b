# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The v2 API's `shipping` models, loaded on first use: `from bigcommerce.v2.shipping import
CarrierConnectionCreate`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.carrier_connection_create import (
        CarrierConnectionCreateCreate as CarrierConnectionCreate,
    )
    from ..models.carrier_connection_delete_all import (
        CarrierConnectionDeleteAllCreate as CarrierConnectionDeleteAll,
    )
    from ..models.handling_fees import HandlingFees
    from ..models.shipping_zone import ShippingZone
    from ..models.shipping_zone_free_shipping import ShippingZoneFreeShipping
    from ..models.shipping_zone_locations import ShippingZoneLocations
    from ..models.v2_shipping_method import ShippingMethod
    from ..models.v2_zone_method_create import V2ZoneMethodCreateCreate as ZoneMethodCreate
    from ..models.zone_create import ZoneCreateCreate as ZoneCreate
    from ..models.zone_create_free_shipping import ZoneCreateFreeShipping
    from ..models.zone_create_handling_fees import ZoneCreateHandlingFees
    from ..models.zone_create_location import ZoneCreateLocation
    from ..models.zone_method import ZoneMethod
    from ..models.zone_method_create_handling_fees import ZoneMethodCreateHandlingFees
    from ..models.zone_method_create_settings import ZoneMethodCreateSettings
    from ..models.zone_method_handling_fees import ZoneMethodHandlingFees
    from ..models.zone_update import ZoneUpdateUpdate as ZoneUpdate

#: public name -> (model module, its name there)
_EXPORTS = {
    "CarrierConnectionCreate": ("carrier_connection_create", "CarrierConnectionCreateCreate"),
    "CarrierConnectionDeleteAll": (
        "carrier_connection_delete_all",
        "CarrierConnectionDeleteAllCreate",
    ),
    "HandlingFees": ("handling_fees", "HandlingFees"),
    "ShippingMethod": ("v2_shipping_method", "ShippingMethod"),
    "ShippingZone": ("shipping_zone", "ShippingZone"),
    "ShippingZoneFreeShipping": ("shipping_zone_free_shipping", "ShippingZoneFreeShipping"),
    "ShippingZoneLocations": ("shipping_zone_locations", "ShippingZoneLocations"),
    "ZoneCreate": ("zone_create", "ZoneCreateCreate"),
    "ZoneCreateFreeShipping": ("zone_create_free_shipping", "ZoneCreateFreeShipping"),
    "ZoneCreateHandlingFees": ("zone_create_handling_fees", "ZoneCreateHandlingFees"),
    "ZoneCreateLocation": ("zone_create_location", "ZoneCreateLocation"),
    "ZoneMethod": ("zone_method", "ZoneMethod"),
    "ZoneMethodCreate": ("v2_zone_method_create", "V2ZoneMethodCreateCreate"),
    "ZoneMethodCreateHandlingFees": (
        "zone_method_create_handling_fees",
        "ZoneMethodCreateHandlingFees",
    ),
    "ZoneMethodCreateSettings": ("zone_method_create_settings", "ZoneMethodCreateSettings"),
    "ZoneMethodHandlingFees": ("zone_method_handling_fees", "ZoneMethodHandlingFees"),
    "ZoneUpdate": ("zone_update", "ZoneUpdateUpdate"),
}

__all__ = [
    "CarrierConnectionCreate",
    "CarrierConnectionDeleteAll",
    "HandlingFees",
    "ShippingMethod",
    "ShippingZone",
    "ShippingZoneFreeShipping",
    "ShippingZoneLocations",
    "ZoneCreate",
    "ZoneCreateFreeShipping",
    "ZoneCreateHandlingFees",
    "ZoneCreateLocation",
    "ZoneMethod",
    "ZoneMethodCreate",
    "ZoneMethodCreateHandlingFees",
    "ZoneMethodCreateSettings",
    "ZoneMethodHandlingFees",
    "ZoneUpdate",
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
