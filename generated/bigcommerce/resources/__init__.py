# Generated from spec/ by `python -m codegen generate`; do not edit.
"""Every resource class, loaded on first use: `from bigcommerce.resources import Products`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .google_product_search_mappings import GoogleProductSearchMappings
    from .product_custom_fields import ProductCustomFields
    from .product_options import ProductOptions
    from .products import Products

_MODULES = {
    "GoogleProductSearchMappings": "google_product_search_mappings",
    "ProductCustomFields": "product_custom_fields",
    "ProductOptions": "product_options",
    "Products": "products",
}

__all__ = [
    "GoogleProductSearchMappings",
    "ProductCustomFields",
    "ProductOptions",
    "Products",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
