# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsOrders` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.order import Order


class V3CheckoutsOrders(NodeResource):
    """`api.checkouts.orders` (v3): create."""

    _op_create: ClassVar[Operation[Order]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/orders",
        version="v3",
        result="one",
        model=Order,
        envelope=True,
        operation_id="createOrder",
    )

    def create(
        self,
        checkout_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Order:
        """`POST /v3/checkouts/{checkout_id}/orders` (createOrder).

        Returns one `Order`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
        """
        return self._call(
            self._op_create,
            f"checkouts/{segment(checkout_id)}/orders",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
