# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2Orders` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .consignments import V2OrdersConsignments
    from .fees import V2OrdersFees
    from .shipping_addresses import V2OrdersShippingAddresses


class V2Orders(NodeResource):
    """`api.v2.orders` (v2): a namespace."""

    @cached_property
    def consignments(self) -> V2OrdersConsignments:
        from .consignments import V2OrdersConsignments

        return V2OrdersConsignments(self._connection)

    @cached_property
    def fees(self) -> V2OrdersFees:
        from .fees import V2OrdersFees

        return V2OrdersFees(self._connection)

    @cached_property
    def shipping_addresses(self) -> V2OrdersShippingAddresses:
        from .shipping_addresses import V2OrdersShippingAddresses

        return V2OrdersShippingAddresses(self._connection)
