# Generated from spec/imported/v3/shopper_profiles.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `shopper_profiles` models, loaded on first use: `from
bigcommerce.v3.shopper_profiles import ShopperProfile`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.segment import Segment
    from ..shared.models.shopper_profile import ShopperProfile
    from .models.shopper_profile_create_many_item import ShopperProfileCreateManyItem

#: public name -> (model module, its name there)
_EXPORTS = {
    "Segment": ("..shared.models.segment", "Segment"),
    "ShopperProfile": ("..shared.models.shopper_profile", "ShopperProfile"),
    "ShopperProfileCreateManyItem": (
        ".models.shopper_profile_create_many_item",
        "ShopperProfileCreateManyItem",
    ),
}

__all__ = [
    "Segment",
    "ShopperProfile",
    "ShopperProfileCreateManyItem",
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
