# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `V3StorefrontApiToken` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.api_token_create import ApiTokenCreate
from ..models.token import Token


class V3StorefrontApiToken(NodeResource):
    """`api.storefront.api_token` (v3): create, delete_all."""

    _op_create: ClassVar[Operation[Token]] = Operation(
        method="POST",
        path="storefront/api-token",
        version="v3",
        result="one",
        model=Token,
        body_type=ApiTokenCreate,
        envelope=True,
        operation_id="createToken",
    )

    def create(
        self,
        body: ApiTokenCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Token:
        """`POST /v3/storefront/api-token` (createToken).

        Returns one `Token`.

        Args:
            body: `ApiTokenCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "storefront/api-token",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="storefront/api-token",
        version="v3",
        result="nothing",
        operation_id="revokeToken",
    )

    def delete_all(
        self,
        *,
        sf_api_token: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/storefront/api-token` (revokeToken).

        Returns None (the answer has no body).

        Args:
            sf_api_token: `str`, sent as the `Sf-Api-Token` header.
        """
        return self._call(
            self._op_delete_all,
            "storefront/api-token",
            headers={"Sf-Api-Token": sf_api_token},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
