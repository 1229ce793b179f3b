# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `V3PaymentsMethods` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.payment_method_full import PaymentMethodFull


@with_config(REQUEST_CONFIG)
class V3PaymentsMethodsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    checkout_id: str
    order_id: int


class V3PaymentsMethods(NodeResource):
    """`api.payments.methods` (v3): all."""

    _version = "v3"

    def all(self, **query: Unpack[V3PaymentsMethodsAllQuery]) -> list[PaymentMethodFull]:
        """`GET /v3/payments/methods` (getPaymentMethods)."""
        return self._many(
            PaymentMethodFull,
            "GET",
            "payments/methods",
            query,
            V3PaymentsMethodsAllQuery,
            envelope=True,
        )
