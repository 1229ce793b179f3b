# Generated from spec/imported/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The v2 API's `banners` models, loaded on first use: `from bigcommerce.v2.banners import
CountResponse`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.count_response import CountResponse

#: public name -> (model module, its name there)
_EXPORTS = {
    "CountResponse": ("..shared.models.count_response", "CountResponse"),
}

__all__ = [
    "CountResponse",
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
