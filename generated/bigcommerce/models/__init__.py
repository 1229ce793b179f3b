# Generated from spec/ by `python -m codegen generate`; do not edit.
"""Every model, loaded on first use: `from bigcommerce.models import Product`."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .google_product_search_mapping import (
        GoogleProductSearchMapping,
        GoogleProductSearchMappingCreate,
        GoogleProductSearchMappingUpdate,
    )
    from .product import Product, ProductCreate, ProductUpdate
    from .product_custom_field import (
        ProductCustomField,
        ProductCustomFieldCreate,
        ProductCustomFieldUpdate,
    )
    from .product_option import ProductOption, ProductOptionCreate, ProductOptionUpdate
    from .resource_link import ResourceLink

_MODULES = {
    "GoogleProductSearchMapping": "google_product_search_mapping",
    "GoogleProductSearchMappingCreate": "google_product_search_mapping",
    "GoogleProductSearchMappingUpdate": "google_product_search_mapping",
    "Product": "product",
    "ProductCreate": "product",
    "ProductUpdate": "product",
    "ProductCustomField": "product_custom_field",
    "ProductCustomFieldCreate": "product_custom_field",
    "ProductCustomFieldUpdate": "product_custom_field",
    "ProductOption": "product_option",
    "ProductOptionCreate": "product_option",
    "ProductOptionUpdate": "product_option",
    "ResourceLink": "resource_link",
}

__all__ = [
    "GoogleProductSearchMapping",
    "GoogleProductSearchMappingCreate",
    "GoogleProductSearchMappingUpdate",
    "Product",
    "ProductCreate",
    "ProductCustomField",
    "ProductCustomFieldCreate",
    "ProductCustomFieldUpdate",
    "ProductOption",
    "ProductOptionCreate",
    "ProductOptionUpdate",
    "ProductUpdate",
    "ResourceLink",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
