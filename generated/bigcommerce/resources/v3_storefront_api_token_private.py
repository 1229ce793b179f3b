# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiTokenPrivate` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.token_base import TokenBase
from ..models.token_post_private import TokenPostPrivateCreate


class V3StorefrontApiTokenPrivate(NodeResource):
    """`api.storefront.api_token_private` (v3): create."""

    _version = "v3"

    def create(self, body: TokenPostPrivateCreate, /) -> TokenBase:
        """`POST /v3/storefront/api-token-private` (createPrivateToken)."""
        return self._one(
            TokenBase,
            "POST",
            "storefront/api-token-private",
            {},
            None,
            body=body,
            body_type=TokenPostPrivateCreate,
            envelope=True,
        )
