# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `V3PaymentsAccessTokens` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.create_payment_access_token_request import CreatePaymentAccessTokenRequestCreate
from ..models.create_payment_access_token_response_data import CreatePaymentAccessTokenResponseData


class V3PaymentsAccessTokens(NodeResource):
    """`api.payments.access_tokens` (v3): create."""

    _version = "v3"

    def create(
        self, body: CreatePaymentAccessTokenRequestCreate, /
    ) -> CreatePaymentAccessTokenResponseData:
        """`POST /v3/payments/access_tokens` (createPaymentAccessToken)."""
        return self._one(
            CreatePaymentAccessTokenResponseData,
            "POST",
            "payments/access_tokens",
            {},
            None,
            body=body,
            body_type=CreatePaymentAccessTokenRequestCreate,
            envelope=True,
        )
