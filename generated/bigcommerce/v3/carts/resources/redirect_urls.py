# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsRedirectUrls` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.cart_redirect_url import CartRedirectUrl
from ..models.cart_redirect_url_create import CartRedirectUrlCreate


class V3CartsRedirectUrls(NodeResource):
    """`api.carts.redirect_urls` (v3): create."""

    _op_create: ClassVar[Operation[CartRedirectUrl]] = Operation(
        method="POST",
        path="carts/{cart_id}/redirect_urls",
        version="v3",
        result="one",
        model=CartRedirectUrl,
        body_type=CartRedirectUrlCreate,
        envelope=True,
        operation_id="createCartRedirectURL",
    )

    def create(
        self,
        cart_id: str,
        body: CartRedirectUrlCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartRedirectUrl:
        """`POST /v3/carts/{cart_id}/redirect_urls` (createCartRedirectURL).

        Returns one `CartRedirectUrl`.

        Args:
            cart_id: `str`, the path's `{cart_id}`.
            body: `CartRedirectUrlCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"carts/{segment(cart_id)}/redirect_urls",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
