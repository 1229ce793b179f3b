# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiTokenPrivate` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from .._operation import NodeResource
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.token_base import TokenBase
from ..models.token_post_private import TokenPostPrivateCreate


class V3StorefrontApiTokenPrivate(NodeResource):
    """`api.storefront.api_token_private` (v3): create."""

    _op_create: ClassVar[Operation[TokenBase]] = Operation(
        method="POST",
        path="storefront/api-token-private",
        version="v3",
        result="one",
        model=TokenBase,
        body_type=TokenPostPrivateCreate,
        envelope=True,
        operation_id="createPrivateToken",
    )

    def create(
        self,
        body: TokenPostPrivateCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> TokenBase:
        """`POST /v3/storefront/api-token-private` (createPrivateToken).

        Returns one `TokenBase`.

        Args:
            body: `TokenPostPrivateCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "storefront/api-token-private",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
