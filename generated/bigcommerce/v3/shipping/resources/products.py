# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3ShippingProducts` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .products_customs_information import V3ShippingProductsCustomsInformation


class V3ShippingProducts(NodeResource):
    """`api.shipping.products` (v3): a namespace."""

    @cached_property
    def customs_information(self) -> V3ShippingProductsCustomsInformation:
        from .products_customs_information import V3ShippingProductsCustomsInformation

        return V3ShippingProductsCustomsInformation(self._connection)
