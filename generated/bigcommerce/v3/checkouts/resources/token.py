# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsToken` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout_token import CheckoutToken
from ..models.checkout_token_create import CheckoutTokenCreate


class V3CheckoutsToken(NodeResource):
    """`api.checkouts.token` (v3): create."""

    _op_create: ClassVar[Operation[CheckoutToken]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/token",
        version="v3",
        result="one",
        model=CheckoutToken,
        body_type=CheckoutTokenCreate,
        envelope=True,
        operation_id="createCheckoutToken",
    )

    def create(
        self,
        checkout_id: str,
        body: CheckoutTokenCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CheckoutToken:
        """`POST /v3/checkouts/{checkout_id}/token` (createCheckoutToken).

        Returns one `CheckoutToken`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutTokenCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"checkouts/{segment(checkout_id)}/token",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
