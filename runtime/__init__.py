"""Typed client for the BigCommerce REST management API.

`import bigcommerce` loads nothing but this file: submodules and `BigcommerceApi` load on first use.

    import bigcommerce
    api = bigcommerce.api.BigcommerceApi(client_id=..., store_hash=..., access_token=...)
    for product in api.Products.iterall():
        print(product.name)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import (
        api,
        connection,
        customer_login_token,
        exception,
        models,
        resources,
        signed_payload,
        v2,
        v3,
    )
    from .api import BigcommerceApi
    from .exception import ResponseShapeWarning, UnknownArgumentWarning
    from .operation_index import operations

__all__ = [
    "BigcommerceApi",
    "ResponseShapeWarning",
    "UnknownArgumentWarning",
    "__version__",
    "api",
    "connection",
    "customer_login_token",
    "exception",
    "models",
    "operations",
    "resources",
    "signed_payload",
    "v2",
    "v3",
]

_SUBMODULES = frozenset(
    {
        "api",
        "connection",
        "customer_login_token",
        "exception",
        "models",
        "resources",
        "signed_payload",
        "v2",
        "v3",
    }
)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name == "BigcommerceApi":
        return importlib.import_module(".api", __name__).BigcommerceApi
    if name in ("ResponseShapeWarning", "UnknownArgumentWarning"):
        return getattr(importlib.import_module(".exception", __name__), name)
    if name == "operations":
        return importlib.import_module(".operation_index", __name__).operations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
