# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `store` models, loaded on first use: `from bigcommerce.v3.store import
CartMetafield`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.cart_metafield import CartMetafield
    from ..models.metafield_create_input import MetafieldCreateInputCreate as MetafieldCreateInput
    from ..models.metafield_update_many_item_input import (
        MetafieldUpdateManyItemInputUpdate as MetafieldUpdateManyItemInput,
    )
    from ..models.system_log import SystemLog

#: public name -> (model module, its name there)
_EXPORTS = {
    "CartMetafield": ("cart_metafield", "CartMetafield"),
    "MetafieldCreateInput": ("metafield_create_input", "MetafieldCreateInputCreate"),
    "MetafieldUpdateManyItemInput": (
        "metafield_update_many_item_input",
        "MetafieldUpdateManyItemInputUpdate",
    ),
    "SystemLog": ("system_log", "SystemLog"),
}

__all__ = [
    "CartMetafield",
    "MetafieldCreateInput",
    "MetafieldUpdateManyItemInput",
    "SystemLog",
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
