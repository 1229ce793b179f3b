# Generated from spec/imported/ by codegen (`make generate`); do not edit.
"""The v3 API's models by area (the first segment of their paths), each area loaded on first use:
`from bigcommerce.v3.abandoned_carts import ...`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

AREAS = (
    "abandoned_carts",
    "carts",
    "catalog",
    "channels",
    "checkouts",
    "content",
    "customers",
    "hooks",
    "infrastructure",
    "inventory",
    "marketing",
    "orders",
    "payments",
    "pickup",
    "pricelists",
    "pricing",
    "promotions",
    "segments",
    "settings",
    "shared",
    "shipping",
    "shopper_profiles",
    "sites",
    "store",
    "storefront",
    "tax",
    "themes",
    "webhook_payloads",
    "wishlists",
)

__all__ = ["AREAS"]


def __getattr__(name: str) -> ModuleType:
    if name not in AREAS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)
