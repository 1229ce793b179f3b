# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `V3Payments` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.payment_process import PaymentProcess
from ..models.payments_data import PaymentsData

if TYPE_CHECKING:
    from .access_tokens import V3PaymentsAccessTokens
    from .methods import V3PaymentsMethods


class V3Payments(NodeResource):
    """`api.payments` (v3): process."""

    @cached_property
    def access_tokens(self) -> V3PaymentsAccessTokens:
        from .access_tokens import V3PaymentsAccessTokens

        return V3PaymentsAccessTokens(self._connection)

    @cached_property
    def methods(self) -> V3PaymentsMethods:
        from .methods import V3PaymentsMethods

        return V3PaymentsMethods(self._connection)

    _op_process: ClassVar[Operation[PaymentsData]] = Operation(
        method="POST",
        path="payments",
        version="v3",
        result="one",
        model=PaymentsData,
        body_type=PaymentProcess,
        envelope=True,
        operation_id="PaymentsPost",
        server="payments",
    )

    def process(
        self,
        body: PaymentProcess,
        /,
        *,
        payment_access_token: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PaymentsData:
        """`POST payments.bigcommerce.com/stores/{store_hash}/payments` (PaymentsPost). Takes a
        `payment_access_token` from `api.payments.access_tokens.create(...)`: the gateway gets
        that token and none of the client's credentials.

        Returns one `PaymentsData`.

        Args:
            body: `PaymentProcess`, the request body.
        """
        return self._call(
            self._op_process,
            "payments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            payment_access_token=payment_access_token,
        )
