# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersPaymentActionsRefundQuotes` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.payment_action_refund_quote_create import PaymentActionRefundQuoteCreate
from ..models.refund_quote import RefundQuote


class V3OrdersPaymentActionsRefundQuotes(NodeResource):
    """`api.orders.payment_actions.refund_quotes` (v3): create."""

    _op_create: ClassVar[Operation[RefundQuote]] = Operation(
        method="POST",
        path="orders/{order_id}/payment_actions/refund_quotes",
        version="v3",
        result="one",
        model=RefundQuote,
        body_type=PaymentActionRefundQuoteCreate,
        envelope=True,
        operation_id="createOrderRefundQuotes",
    )

    def create(
        self,
        order_id: int,
        body: PaymentActionRefundQuoteCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> RefundQuote:
        """`POST /v3/orders/{order_id}/payment_actions/refund_quotes` (createOrderRefundQuotes).

        Returns one `RefundQuote`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            body: `PaymentActionRefundQuoteCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"orders/{segment(order_id)}/payment_actions/refund_quotes",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
