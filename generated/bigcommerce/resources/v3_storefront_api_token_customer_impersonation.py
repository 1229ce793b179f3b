# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiTokenCustomerImpersonation` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.token_base import TokenBase
from ..models.token_post_impersonation import TokenPostImpersonationCreate


class V3StorefrontApiTokenCustomerImpersonation(NodeResource):
    """`api.storefront.api_token_customer_impersonation` (v3): create."""

    _version = "v3"

    def create(self, body: TokenPostImpersonationCreate, /) -> TokenBase:
        """`POST /v3/storefront/api-token-customer-impersonation`
        (createTokenWithCustomerImpersonation).
        """
        return self._one(
            TokenBase,
            "POST",
            "storefront/api-token-customer-impersonation",
            {},
            None,
            body=body,
            body_type=TokenPostImpersonationCreate,
            envelope=True,
        )
