# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2Shipping` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .carrier import V2ShippingCarrier
    from .zones import V2ShippingZones


class V2Shipping(NodeResource):
    """`api.v2.shipping` (v2): a namespace."""

    @cached_property
    def carrier(self) -> V2ShippingCarrier:
        from .carrier import V2ShippingCarrier

        return V2ShippingCarrier(self._connection)

    @cached_property
    def zones(self) -> V2ShippingZones:
        from .zones import V2ShippingZones

        return V2ShippingZones(self._connection)
