# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Catalog` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .brands import V3CatalogBrands
    from .categories import V3CatalogCategories
    from .products import V3CatalogProducts
    from .summary import V3CatalogSummary
    from .trees import V3CatalogTrees
    from .variants import V3CatalogVariants


class V3Catalog(NodeResource):
    """`api.catalog` (v3): a namespace."""

    @cached_property
    def brands(self) -> V3CatalogBrands:
        from .brands import V3CatalogBrands

        return V3CatalogBrands(self._connection)

    @cached_property
    def categories(self) -> V3CatalogCategories:
        from .categories import V3CatalogCategories

        return V3CatalogCategories(self._connection)

    @cached_property
    def products(self) -> V3CatalogProducts:
        from .products import V3CatalogProducts

        return V3CatalogProducts(self._connection)

    @cached_property
    def summary(self) -> V3CatalogSummary:
        from .summary import V3CatalogSummary

        return V3CatalogSummary(self._connection)

    @cached_property
    def trees(self) -> V3CatalogTrees:
        from .trees import V3CatalogTrees

        return V3CatalogTrees(self._connection)

    @cached_property
    def variants(self) -> V3CatalogVariants:
        from .variants import V3CatalogVariants

        return V3CatalogVariants(self._connection)
