# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrdersConsignmentsShippingShippingQuotes` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.shipping_quotes import ShippingQuotes


class V2OrdersConsignmentsShippingShippingQuotes(NodeResource):
    """`api.v2.orders.consignments.shipping.shipping_quotes` (v2): get."""

    _op_get: ClassVar[Operation[ShippingQuotes]] = Operation(
        method="GET",
        path="orders/{order_id}/consignments/shipping/{shipping_consignment_id}/shipping_quotes",
        version="v2",
        result="one",
        model=ShippingQuotes,
        operation_id="getOrderConsignmentShippingQuotes",
    )

    def get(
        self,
        order_id: int,
        shipping_consignment_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingQuotes:
        """`GET
        /v2/orders/{order_id}/consignments/shipping/{shipping_consignment_id}/shipping_quotes`
        (getOrderConsignmentShippingQuotes).

        Returns one `ShippingQuotes`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            shipping_consignment_id: `int`, the path's `{shipping_consignment_id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(order_id)}/consignments/shipping/{segment(shipping_consignment_id)}/shipping_quotes",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
