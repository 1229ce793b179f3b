# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `V3AbandonedCarts` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.abandoned_cart_info import AbandonedCartInfo

if TYPE_CHECKING:
    from .settings import V3AbandonedCartsSettings


class V3AbandonedCarts(NodeResource):
    """`api.abandoned_carts` (v3): get."""

    @cached_property
    def settings(self) -> V3AbandonedCartsSettings:
        from .settings import V3AbandonedCartsSettings

        return V3AbandonedCartsSettings(self._connection)

    _op_get: ClassVar[Operation[AbandonedCartInfo]] = Operation(
        method="GET",
        path="abandoned-carts/{token}",
        version="v3",
        result="one",
        model=AbandonedCartInfo,
        envelope=True,
        operation_id="getAbandonedCarts",
    )

    def get(
        self,
        token: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AbandonedCartInfo:
        """`GET /v3/abandoned-carts/{token}` (getAbandonedCarts).

        Returns one `AbandonedCartInfo`.

        Args:
            token: `str`, the path's `{token}`.
        """
        return self._call(
            self._op_get,
            f"abandoned-carts/{segment(token)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
