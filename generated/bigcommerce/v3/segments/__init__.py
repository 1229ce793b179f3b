# Generated from spec/imported/v3/segments.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `segments` models, loaded on first use: `from bigcommerce.v3.segments import
Segment`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.segment import Segment
    from ..shared.models.shopper_profile import ShopperProfile
    from .models.segment_create_many_item import SegmentCreateManyItem
    from .models.segment_update_many_item import SegmentUpdateManyItem

#: public name -> (model module, its name there)
_EXPORTS = {
    "Segment": ("..shared.models.segment", "Segment"),
    "SegmentCreateManyItem": (".models.segment_create_many_item", "SegmentCreateManyItem"),
    "SegmentUpdateManyItem": (".models.segment_update_many_item", "SegmentUpdateManyItem"),
    "ShopperProfile": ("..shared.models.shopper_profile", "ShopperProfile"),
}

__all__ = [
    "Segment",
    "SegmentCreateManyItem",
    "SegmentUpdateManyItem",
    "ShopperProfile",
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
