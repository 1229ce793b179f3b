# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersPaymentActions` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation

if TYPE_CHECKING:
    from .payment_actions_refund_quotes import V3OrdersPaymentActionsRefundQuotes
    from .payment_actions_refunds import V3OrdersPaymentActionsRefunds


class V3OrdersPaymentActions(NodeResource):
    """`api.orders.payment_actions` (v3): capture, void."""

    @cached_property
    def refund_quotes(self) -> V3OrdersPaymentActionsRefundQuotes:
        from .payment_actions_refund_quotes import V3OrdersPaymentActionsRefundQuotes

        return V3OrdersPaymentActionsRefundQuotes(self._connection)

    @cached_property
    def refunds(self) -> V3OrdersPaymentActionsRefunds:
        from .payment_actions_refunds import V3OrdersPaymentActionsRefunds

        return V3OrdersPaymentActionsRefunds(self._connection)

    _op_capture: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="POST",
        path="orders/{order_id}/payment_actions/capture",
        version="v3",
        result="value",
        model=dict[str, Any],
        operation_id="captureOrderPayment",
    )

    def capture(
        self,
        order_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`POST /v3/orders/{order_id}/payment_actions/capture` (captureOrderPayment).

        Returns `dict[str, Any]`.

        Args:
            order_id: `int`, the path's `{order_id}`.
        """
        return self._call(
            self._op_capture,
            f"orders/{segment(order_id)}/payment_actions/capture",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_void: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="POST",
        path="orders/{order_id}/payment_actions/void",
        version="v3",
        result="value",
        model=dict[str, Any],
        operation_id="voidOrderPayment",
    )

    def void(
        self,
        order_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`POST /v3/orders/{order_id}/payment_actions/void` (voidOrderPayment).

        Returns `dict[str, Any]`.

        Args:
            order_id: `int`, the path's `{order_id}`.
        """
        return self._call(
            self._op_void,
            f"orders/{segment(order_id)}/payment_actions/void",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
