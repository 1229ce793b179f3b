# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiToken` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.create_token_request import CreateTokenRequestCreate
from ..models.token_base import TokenBase


class V3StorefrontApiToken(NodeResource):
    """`api.storefront.api_token` (v3): create, delete_all."""

    _version = "v3"

    def create(self, body: CreateTokenRequestCreate, /) -> TokenBase:
        """`POST /v3/storefront/api-token` (createToken)."""
        return self._one(
            TokenBase,
            "POST",
            "storefront/api-token",
            {},
            None,
            body=body,
            body_type=CreateTokenRequestCreate,
            envelope=True,
        )

    def delete_all(self) -> None:
        """`DELETE /v3/storefront/api-token` (revokeToken)."""
        return self._nothing("DELETE", "storefront/api-token", {}, None)
