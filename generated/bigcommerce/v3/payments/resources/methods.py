# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `V3PaymentsMethods` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.payment_method import PaymentMethod


@with_config(REQUEST_CONFIG)
class V3PaymentsMethodsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    checkout_id: str
    order_id: int


class V3PaymentsMethods(NodeResource):
    """`api.payments.methods` (v3): all."""

    _op_all: ClassVar[Operation[list[PaymentMethod]]] = Operation(
        method="GET",
        path="payments/methods",
        version="v3",
        result="many",
        model=PaymentMethod,
        query_type=V3PaymentsMethodsAllQuery,
        envelope=True,
        operation_id="getPaymentMethods",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3PaymentsMethodsAllQuery],
    ) -> list[PaymentMethod]:
        """`GET /v3/payments/methods` (getPaymentMethods).

        Returns a list of `PaymentMethod` objects.

        Args:
            query: the query parameters (`V3PaymentsMethodsAllQuery`).
        """
        return self._call(
            self._op_all,
            "payments/methods",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
