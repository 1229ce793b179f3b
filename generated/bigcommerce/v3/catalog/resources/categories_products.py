# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesProducts` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .categories_products_sort_order import V3CatalogCategoriesProductsSortOrder


class V3CatalogCategoriesProducts(NodeResource):
    """`api.catalog.categories.products` (v3): a namespace."""

    @cached_property
    def sort_order(self) -> V3CatalogCategoriesProductsSortOrder:
        from .categories_products_sort_order import V3CatalogCategoriesProductsSortOrder

        return V3CatalogCategoriesProductsSortOrder(self._connection)
