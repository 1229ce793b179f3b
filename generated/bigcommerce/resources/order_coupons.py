# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderCoupons` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_coupon import OrderCoupon


@with_config(REQUEST_CONFIG)
class OrderCouponsFilters(TypedDict, total=False):
    """Query filters of `OrderCoupons`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class OrderCoupons(Resource):
    """`orders/{order_id}/coupons` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[OrderCoupon]]] = Operation(
        method="GET",
        path="orders/{parentid}/coupons",
        version="v2",
        result="many",
        model=OrderCoupon,
        query_type=OrderCouponsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderCouponsFilters],
    ) -> list[OrderCoupon]:
        """One page of OrderCoupon objects: `GET /v2/orders/{parentid}/coupons`.

        Returns one page of `OrderCoupon` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/coupons`.
            filters: the query parameters (`OrderCouponsFilters`).
        """
        return self._call(
            self._op_all,
            f"orders/{segment(parentid)}/coupons" if parentid is not None else "orders/coupons",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderCoupon]]] = Operation(
        method="GET",
        path="orders/{parentid}/coupons",
        version="v2",
        result="pages",
        model=OrderCoupon,
        query_type=OrderCouponsFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderCouponsFilters],
    ) -> Iterator[OrderCoupon]:
        """Every OrderCoupon of `GET /v2/orders/{parentid}/coupons`, page after page.

        Yields every `OrderCoupon` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/coupons`.
            filters: the query parameters (`OrderCouponsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(parentid)}/coupons" if parentid is not None else "orders/coupons",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderCoupon]] = Operation(
        method="GET",
        path="orders/{parentid}/coupons/{id}",
        version="v2",
        result="one",
        model=OrderCoupon,
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
    ) -> OrderCoupon:
        """One OrderCoupon by id: `GET /v2/orders/{parentid}/coupons/{id}`.

        Returns one `OrderCoupon`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(parentid)}/coupons/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
