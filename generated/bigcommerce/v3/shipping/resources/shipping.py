# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V3Shipping` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .products import V3ShippingProducts
    from .settings import V3ShippingSettings


class V3Shipping(NodeResource):
    """`api.shipping` (v3): a namespace."""

    @cached_property
    def products(self) -> V3ShippingProducts:
        from .products import V3ShippingProducts

        return V3ShippingProducts(self._connection)

    @cached_property
    def settings(self) -> V3ShippingSettings:
        from .settings import V3ShippingSettings

        return V3ShippingSettings(self._connection)
