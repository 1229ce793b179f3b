# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The v2 API's models by area (the first segment of their paths), each area loaded on first use:
`from bigcommerce.v2.banners import ...`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

AREAS = (
    "banners",
    "blog",
    "countries",
    "customers",
    "orders",
    "shared",
    "shipping",
)

__all__ = ["AREAS"]


def __getattr__(name: str) -> ModuleType:
    if name not in AREAS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)
