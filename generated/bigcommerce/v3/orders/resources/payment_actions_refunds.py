# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersPaymentActionsRefunds` resource (v3)."""

from __future__ import annotations

import datetime as _dt
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.payment_action_refund import PaymentActionRefund
from ..models.payment_action_refund_create import PaymentActionRefundCreate
from ..models.refund import Refund


@with_config(REQUEST_CONFIG)
class V3OrdersPaymentActionsRefundsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    created__max: _dt.datetime | _dt.date | str
    """Sent as `created:max`."""
    created__min: _dt.datetime | _dt.date | str
    """Sent as `created:min`."""
    id__in: list[int]
    """Sent as `id:in`."""
    limit: int
    order_id__in: list[int]
    """Sent as `order_id:in`."""
    page: int
    transaction_id: str


@with_config(REQUEST_CONFIG)
class V3OrdersPaymentActionsRefundsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    transaction_id: str


class V3OrdersPaymentActionsRefunds(NodeResource):
    """`api.orders.payment_actions.refunds` (v3): all, create, get."""

    _op_all: ClassVar[Operation[list[Refund]]] = Operation(
        method="GET",
        path="orders/{order_id}/payment_actions/refunds",
        version="v3",
        result="many",
        model=Refund,
        query_type=V3OrdersPaymentActionsRefundsAllQuery,
        envelope=True,
        operation_id="getOrderRefunds",
    )

    def all(
        self,
        order_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3OrdersPaymentActionsRefundsAllQuery],
    ) -> list[Refund]:
        """`GET /v3/orders/{order_id}/payment_actions/refunds` (getOrderRefunds).

        Returns a list of `Refund` objects.

        Args:
            order_id: `int`, the path's `{order_id}`; without it: `GET
                /v3/orders/payment_actions/refunds`.
            query: the query parameters (`V3OrdersPaymentActionsRefundsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_all,
            f"orders/{segment(order_id)}/payment_actions/refunds"
            if order_id is not None
            else "orders/payment_actions/refunds",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Refund]] = Operation(
        method="POST",
        path="orders/{order_id}/payment_actions/refunds",
        version="v3",
        result="one",
        model=Refund,
        query_type=V3OrdersPaymentActionsRefundsCreateQuery,
        body_type=PaymentActionRefundCreate,
        envelope=True,
        operation_id="createOrderRefund",
    )

    def create(
        self,
        order_id: int,
        body: PaymentActionRefundCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3OrdersPaymentActionsRefundsCreateQuery],
    ) -> Refund:
        """`POST /v3/orders/{order_id}/payment_actions/refunds` (createOrderRefund).

        Returns one `Refund`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            body: `PaymentActionRefundCreate`, the request body.
            query: the query parameters (`V3OrdersPaymentActionsRefundsCreateQuery`).
        """
        return self._call(
            self._op_create,
            f"orders/{segment(order_id)}/payment_actions/refunds",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[PaymentActionRefund]] = Operation(
        method="GET",
        path="orders/payment_actions/refunds/{refund_id}",
        version="v3",
        result="one",
        model=PaymentActionRefund,
        envelope=True,
        operation_id="getOrderRefund",
    )

    def get(
        self,
        refund_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PaymentActionRefund:
        """`GET /v3/orders/payment_actions/refunds/{refund_id}` (getOrderRefund).

        Returns one `PaymentActionRefund`.

        Args:
            refund_id: `int`, the path's `{refund_id}`.
        """
        return self._call(
            self._op_get,
            f"orders/payment_actions/refunds/{segment(refund_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
