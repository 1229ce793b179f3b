# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProducts` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_product import OrderProduct


@with_config(REQUEST_CONFIG)
class OrderProductsFilters(TypedDict, total=False):
    """Query filters of `OrderProducts`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class OrderProducts(Resource):
    """`orders/{order_id}/products` (v2): all, iterall, get, count."""

    _op_all: ClassVar[Operation[list[OrderProduct]]] = Operation(
        method="GET",
        path="orders/{parentid}/products",
        version="v2",
        result="many",
        model=OrderProduct,
        query_type=OrderProductsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderProductsFilters],
    ) -> list[OrderProduct]:
        """One page of OrderProduct objects: `GET /v2/orders/{parentid}/products`.

        Returns one page of `OrderProduct` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/products`.
            filters: the query parameters (`OrderProductsFilters`).
        """
        return self._call(
            self._op_all,
            f"orders/{segment(parentid)}/products" if parentid is not None else "orders/products",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderProduct]]] = Operation(
        method="GET",
        path="orders/{parentid}/products",
        version="v2",
        result="pages",
        model=OrderProduct,
        query_type=OrderProductsFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderProductsFilters],
    ) -> Iterator[OrderProduct]:
        """Every OrderProduct of `GET /v2/orders/{parentid}/products`, page after page.

        Yields every `OrderProduct` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/products`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`OrderProductsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(parentid)}/products" if parentid is not None else "orders/products",
            query=filters,
            prefetch=prefetch,
            count_path=f"orders/{segment(parentid)}/products/count"
            if parentid is not None
            else "orders/products/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderProduct]] = Operation(
        method="GET",
        path="orders/{parentid}/products/{id}",
        version="v2",
        result="one",
        model=OrderProduct,
    )

    def get(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OrderProduct:
        """One OrderProduct by id: `GET /v2/orders/{parentid}/products/{id}`.

        Returns one `OrderProduct`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(parentid)}/products/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="orders/{parentid}/products/count",
        version="v2",
        result="count",
        query_type=OrderProductsFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderProductsFilters],
    ) -> int:
        """How many OrderProduct objects match: `GET /v2/orders/{parentid}/products/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/orders/products/count`.
            filters: the query parameters (`OrderProductsFilters`).
        """
        return self._call(
            self._op_count,
            f"orders/{segment(parentid)}/products/count"
            if parentid is not None
            else "orders/products/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
