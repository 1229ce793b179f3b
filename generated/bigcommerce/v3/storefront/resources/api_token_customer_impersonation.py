# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiTokenCustomerImpersonation` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.api_token_customer_impersonation_create import ApiTokenCustomerImpersonationCreate
from ..models.token import Token


class V3StorefrontApiTokenCustomerImpersonation(NodeResource):
    """`api.storefront.api_token_customer_impersonation` (v3): create."""

    _op_create: ClassVar[Operation[Token]] = Operation(
        method="POST",
        path="storefront/api-token-customer-impersonation",
        version="v3",
        result="one",
        model=Token,
        body_type=ApiTokenCustomerImpersonationCreate,
        envelope=True,
        operation_id="createTokenWithCustomerImpersonation",
    )

    def create(
        self,
        body: ApiTokenCustomerImpersonationCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Token:
        """`POST /v3/storefront/api-token-customer-impersonation`
        (createTokenWithCustomerImpersonation).

        Returns one `Token`.

        Args:
            body: `ApiTokenCustomerImpersonationCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "storefront/api-token-customer-impersonation",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
