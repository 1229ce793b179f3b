# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersTransactions` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.transaction import Transaction


class V3OrdersTransactions(NodeResource):
    """`api.orders.transactions` (v3): all, iterall."""

    _op_all: ClassVar[Operation[list[Transaction]]] = Operation(
        method="GET",
        path="orders/{order_id}/transactions",
        version="v3",
        result="many",
        model=Transaction,
        envelope=True,
        operation_id="getOrderTransactions",
    )

    def all(
        self,
        order_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Transaction]:
        """`GET /v3/orders/{order_id}/transactions` (getOrderTransactions).

        Returns one page of `Transaction` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            order_id: `int`, the path's `{order_id}`.
        """
        return self._call(
            self._op_all,
            f"orders/{segment(order_id)}/transactions",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Transaction]]] = Operation(
        method="GET",
        path="orders/{order_id}/transactions",
        version="v3",
        result="pages",
        model=Transaction,
        envelope=True,
        pagination="offset",
        operation_id="getOrderTransactions",
    )

    def iterall(
        self,
        order_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Iterator[Transaction]:
        """`GET /v3/orders/{order_id}/transactions` (getOrderTransactions).

        Yields every `Transaction` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            order_id: `int`, the path's `{order_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(order_id)}/transactions",
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
