# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2ShippingCarrier` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .carrier_connection import V2ShippingCarrierConnection


class V2ShippingCarrier(NodeResource):
    """`api.v2.shipping.carrier` (v2): a namespace."""

    @cached_property
    def connection(self) -> V2ShippingCarrierConnection:
        from .carrier_connection import V2ShippingCarrierConnection

        return V2ShippingCarrierConnection(self._connection)
