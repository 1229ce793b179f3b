# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `pickup` models, loaded on first use: `from bigcommerce.v3.pickup import
PickupMethod`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.coordinates import Coordinates
    from .models.available_item import AvailableItem
    from .models.method_create_many_item import MethodCreateManyItem
    from .models.method_update_many_item import MethodUpdateManyItem
    from .models.option_create import OptionCreate
    from .models.pickup_method import PickupMethod
    from .models.pickup_method_pickup_method import PickupMethodPickupMethod
    from .models.pickup_option_item import PickupOptionItem
    from .models.pickup_option_pickup_option import PickupOptionPickupOption
    from .models.pickup_options import PickupOptions
    from .models.pickup_options_result import PickupOptionsResult
    from .models.search_area import SearchArea
    from .models.search_area_radius import SearchAreaRadius

#: public name -> (model module, its name there)
_EXPORTS = {
    "AvailableItem": (".models.available_item", "AvailableItem"),
    "Coordinates": ("..shared.models.coordinates", "Coordinates"),
    "MethodCreateManyItem": (".models.method_create_many_item", "MethodCreateManyItem"),
    "MethodUpdateManyItem": (".models.method_update_many_item", "MethodUpdateManyItem"),
    "OptionCreate": (".models.option_create", "OptionCreate"),
    "PickupMethod": (".models.pickup_method", "PickupMethod"),
    "PickupMethodPickupMethod": (".models.pickup_method_pickup_method", "PickupMethodPickupMethod"),
    "PickupOptionItem": (".models.pickup_option_item", "PickupOptionItem"),
    "PickupOptionPickupOption": (".models.pickup_option_pickup_option", "PickupOptionPickupOption"),
    "PickupOptions": (".models.pickup_options", "PickupOptions"),
    "PickupOptionsResult": (".models.pickup_options_result", "PickupOptionsResult"),
    "SearchArea": (".models.search_area", "SearchArea"),
    "SearchAreaRadius": (".models.search_area_radius", "SearchAreaRadius"),
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
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
