# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `V2OrdersFees` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.order_fees import OrderFees


class V2OrdersFees(NodeResource):
    """`api.v2.orders.fees` (v2): get."""

    _op_get: ClassVar[Operation[OrderFees]] = Operation(
        method="GET",
        path="orders/{order_id}/fees",
        version="v2",
        result="one",
        model=OrderFees,
        operation_id="getOrderFees",
    )

    def get(
        self,
        order_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OrderFees:
        """`GET /v2/orders/{order_id}/fees` (getOrderFees).

        Returns one `OrderFees`.

        Args:
            order_id: `int`, the path's `{order_id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(order_id)}/fees",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
