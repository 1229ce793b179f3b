# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsToken` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.create_checkout_token_request import CreateCheckoutTokenRequestCreate
from ..models.create_checkout_token_response import CreateCheckoutTokenResponse


class V3CheckoutsToken(NodeResource):
    """`api.checkouts.token` (v3): create."""

    _version = "v3"

    def create(
        self, checkout_id: str, body: CreateCheckoutTokenRequestCreate, /
    ) -> CreateCheckoutTokenResponse:
        """`POST /v3/checkouts/{checkout_id}/token` (createCheckoutToken)."""
        return self._one(
            CreateCheckoutTokenResponse,
            "POST",
            f"checkouts/{segment(checkout_id)}/token",
            {},
            None,
            body=body,
            body_type=CreateCheckoutTokenRequestCreate,
        )
