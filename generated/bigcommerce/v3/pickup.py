# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `pickup` models, loaded on first use: `from bigcommerce.v3.pickup import
AvailableItem`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.available_item import AvailableItem
    from ..models.coordinates import Coordinates
    from ..models.method_create_many_item import MethodCreateManyItemCreate as MethodCreateManyItem
    from ..models.method_update_many_item import MethodUpdateManyItemUpdate as MethodUpdateManyItem
    from ..models.pickup_method import PickupMethod
    from ..models.pickup_method_pickup_method import PickupMethodPickupMethod
    from ..models.pickup_option_item import PickupOptionItem
    from ..models.pickup_option_pickup_option import PickupOptionPickupOption
    from ..models.pickup_options import PickupOptions
    from ..models.pickup_options_result import PickupOptionsResult
    from ..models.search_area import SearchArea
    from ..models.search_area_radius import SearchAreaRadius
    from ..models.v3_option_create import V3OptionCreateCreate as OptionCreate

#: public name -> (model module, its name there)
_EXPORTS = {
    "AvailableItem": ("available_item", "AvailableItem"),
    "Coordinates": ("coordinates", "Coordinates"),
    "MethodCreateManyItem": ("method_create_many_item", "MethodCreateManyItemCreate"),
    "MethodUpdateManyItem": ("method_update_many_item", "MethodUpdateManyItemUpdate"),
    "OptionCreate": ("v3_option_create", "V3OptionCreateCreate"),
    "PickupMethod": ("pickup_method", "PickupMethod"),
    "PickupMethodPickupMethod": ("pickup_method_pickup_method", "PickupMethodPickupMethod"),
    "PickupOptionItem": ("pickup_option_item", "PickupOptionItem"),
    "PickupOptionPickupOption": ("pickup_option_pickup_option", "PickupOptionPickupOption"),
    "PickupOptions": ("pickup_options", "PickupOptions"),
    "PickupOptionsResult": ("pickup_options_result", "PickupOptionsResult"),
    "SearchArea": ("search_area", "SearchArea"),
    "SearchAreaRadius": ("search_area_radius", "SearchAreaRadius"),
}

__all__ = [
    "AvailableItem",
    "Coordinates",
    "MethodCreateManyItem",
    "MethodUpdateManyItem",
    "OptionCreate",
    "PickupMethod",
    "PickupMethodPickupMethod",
    "PickupOptionItem",
    "PickupOptionPickupOption",
    "PickupOptions",
    "PickupOptionsResult",
    "SearchArea",
    "SearchAreaRadius",
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
