# Generated from spec/imported by codegen (`make generate`); do not edit.
"""The `V2OrdersConsignmentsShipping` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...._operation import NodeResource

if TYPE_CHECKING:
    from .consignments_shipping_shipping_quotes import V2OrdersConsignmentsShippingShippingQuotes


class V2OrdersConsignmentsShipping(NodeResource):
    """`api.v2.orders.consignments.shipping` (v2): a namespace."""

    @cached_property
    def shipping_quotes(self) -> V2OrdersConsignmentsShippingShippingQuotes:
        from .consignments_shipping_shipping_quotes import (
            V2OrdersConsignmentsShippingShippingQuotes,
        )

        return V2OrdersConsignmentsShippingShippingQuotes(self._connection)
