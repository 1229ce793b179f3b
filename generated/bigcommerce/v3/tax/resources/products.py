# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3TaxProducts` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .products_properties import V3TaxProductsProperties


class V3TaxProducts(NodeResource):
    """`api.tax.products` (v3): a namespace."""

    @cached_property
    def properties(self) -> V3TaxProductsProperties:
        from .products_properties import V3TaxProductsProperties

        return V3TaxProductsProperties(self._connection)
