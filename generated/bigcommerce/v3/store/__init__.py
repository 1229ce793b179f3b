# Generated from spec/imported/v3/store.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `store` models, loaded on first use: `from bigcommerce.v3.store import
CartMetafield`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.cart_metafield import CartMetafield
    from ..shared.models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
    from ..shared.models.metafield_update_many_item_input import MetafieldUpdateManyItemInput
    from .models.system_log import SystemLog

#: public name -> (model module, its name there)
_EXPORTS = {
    "CartMetafield": ("..shared.models.cart_metafield", "CartMetafield"),
    "MetafieldCreateInput": ("..shared.models.metafield_create_input", "MetafieldCreateInput"),
    "MetafieldUpdateInput": ("..shared.models.metafield_create_input", "MetafieldUpdateInput"),
    "MetafieldUpdateManyItemInput": (
        "..shared.models.metafield_update_many_item_input",
        "MetafieldUpdateManyItemInput",
    ),
    "SystemLog": (".models.system_log", "SystemLog"),
}

__all__ = [
    "CartMetafield",
    "MetafieldCreateInput",
    "MetafieldUpdateInput",
    "MetafieldUpdateManyItemInput",
    "SystemLog",
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
