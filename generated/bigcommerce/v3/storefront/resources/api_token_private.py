# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiTokenPrivate` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.api_token_private_create import ApiTokenPrivateCreate
from ..models.token import Token


class V3StorefrontApiTokenPrivate(NodeResource):
    """`api.storefront.api_token_private` (v3): create."""

    _op_create: ClassVar[Operation[Token]] = Operation(
        method="POST",
        path="storefront/api-token-private",
        version="v3",
        result="one",
        model=Token,
        body_type=ApiTokenPrivateCreate,
        envelope=True,
        operation_id="createPrivateToken",
    )

    def create(
        self,
        body: ApiTokenPrivateCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Token:
        """`POST /v3/storefront/api-token-private` (createPrivateToken).

        Returns one `Token`.

        Args:
            body: `ApiTokenPrivateCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "storefront/api-token-private",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
