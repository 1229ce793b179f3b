# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersTransactions` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from .._operation import NodeResource
from .._query import segment
from ..models.transaction import Transaction


class V3OrdersTransactions(NodeResource):
    """`api.orders.transactions` (v3): all, iterall."""

    _version = "v3"

    def all(self, order_id: int, /) -> list[Transaction]:
        """`GET /v3/orders/{order_id}/transactions` (getOrderTransactions)."""
        return self._many(
            Transaction, "GET", f"orders/{segment(order_id)}/transactions", {}, None, envelope=True
        )

    def iterall(self, order_id: int, /, *, prefetch: int = 0) -> Iterator[Transaction]:
        """Every item of every page of `GET /v3/orders/{order_id}/transactions`
        (getOrderTransactions), one page in memory at a time. `prefetch=N` fetches up to N
        more pages ahead, in the background.
        """
        return self._pages(
            Transaction,
            "GET",
            f"orders/{segment(order_id)}/transactions",
            {},
            None,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )
