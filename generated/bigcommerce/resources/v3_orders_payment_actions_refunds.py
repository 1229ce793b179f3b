# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersPaymentActionsRefunds` resource (v3)."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.refund import Refund
from ..models.refund_id_get_data import RefundIDGetData
from ..models.refund_request_post import RefundRequestPostCreate


@with_config(REQUEST_CONFIG)
class V3OrdersPaymentActionsRefundsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    created__max: _dt.datetime | _dt.date | str
    created__min: _dt.datetime | _dt.date | str
    id__in: list[int]
    limit: int
    order_id__in: list[int]
    page: int
    transaction_id: str


@with_config(REQUEST_CONFIG)
class V3OrdersPaymentActionsRefundsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in`; unknown keys are refused."""

    transaction_id: str


class V3OrdersPaymentActionsRefunds(NodeResource):
    """`api.orders.payment_actions.refunds` (v3): all, create, get."""

    _version = "v3"

    def all(
        self, order_id: int | None = None, /, **query: Unpack[V3OrdersPaymentActionsRefundsAllQuery]
    ) -> list[Refund]:
        """`GET /v3/orders/{order_id}/payment_actions/refunds` (getOrderRefunds)."""
        return self._many(
            Refund,
            "GET",
            f"orders/{segment(order_id)}/payment_actions/refunds"
            if order_id is not None
            else "orders/payment_actions/refunds",
            query,
            V3OrdersPaymentActionsRefundsAllQuery,
            envelope=True,
        )

    def create(
        self,
        order_id: int,
        body: RefundRequestPostCreate,
        /,
        **query: Unpack[V3OrdersPaymentActionsRefundsCreateQuery],
    ) -> Refund:
        """`POST /v3/orders/{order_id}/payment_actions/refunds` (createOrderRefund)."""
        return self._one(
            Refund,
            "POST",
            f"orders/{segment(order_id)}/payment_actions/refunds",
            query,
            V3OrdersPaymentActionsRefundsCreateQuery,
            body=body,
            body_type=RefundRequestPostCreate,
            envelope=True,
        )

    def get(self, refund_id: int, /) -> RefundIDGetData:
        """`GET /v3/orders/payment_actions/refunds/{refund_id}` (getOrderRefund)."""
        return self._one(
            RefundIDGetData,
            "GET",
            f"orders/payment_actions/refunds/{segment(refund_id)}",
            {},
            None,
            envelope=True,
        )
