# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `V3PaymentsAccessTokens` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.scratch import Scratch
from ..models.access_token_create import AccessTokenCreate


class V3PaymentsAccessTokens(NodeResource):
    """`api.payments.access_tokens` (v3): create."""

    _op_create: ClassVar[Operation[Scratch]] = Operation(
        method="POST",
        path="payments/access_tokens",
        version="v3",
        result="one",
        model=Scratch,
        body_type=AccessTokenCreate,
        envelope=True,
        operation_id="createPaymentAccessToken",
    )

    def create(
        self,
        body: AccessTokenCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Scratch:
        """`POST /v3/payments/access_tokens` (createPaymentAccessToken).

        Returns one `Scratch`.

        Args:
            body: `AccessTokenCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "payments/access_tokens",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
