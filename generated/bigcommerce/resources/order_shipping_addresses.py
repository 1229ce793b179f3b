# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShippingAddresses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_shipping_address import OrderShippingAddress


@with_config(REQUEST_CONFIG)
class OrderShippingAddressesFilters(TypedDict, total=False):
    """Query filters of `OrderShippingAddresses`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class OrderShippingAddresses(Resource):
    """`orders/{order_id}/shipping_addresses` (v2): all, iterall, get, count."""

    _op_all: ClassVar[Operation[list[OrderShippingAddress]]] = Operation(
        method="GET",
        path="orders/{parentid}/shipping_addresses",
        version="v2",
        result="many",
        model=OrderShippingAddress,
        query_type=OrderShippingAddressesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderShippingAddressesFilters],
    ) -> list[OrderShippingAddress]:
        """One page of OrderShippingAddress objects: `GET /v2/orders/{parentid}/shipping_addresses`.

        Returns one page of `OrderShippingAddress` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/orders/shipping_addresses`.
            filters: the query parameters (`OrderShippingAddressesFilters`).
        """
        return self._call(
            self._op_all,
            f"orders/{segment(parentid)}/shipping_addresses"
            if parentid is not None
            else "orders/shipping_addresses",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderShippingAddress]]] = Operation(
        method="GET",
        path="orders/{parentid}/shipping_addresses",
        version="v2",
        result="pages",
        model=OrderShippingAddress,
        query_type=OrderShippingAddressesFilters,
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
        **filters: Unpack[OrderShippingAddressesFilters],
    ) -> Iterator[OrderShippingAddress]:
        """Every OrderShippingAddress of `GET /v2/orders/{parentid}/shipping_addresses`, page after
        page.

        Yields every `OrderShippingAddress` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/orders/shipping_addresses`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`OrderShippingAddressesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(parentid)}/shipping_addresses"
            if parentid is not None
            else "orders/shipping_addresses",
            query=filters,
            prefetch=prefetch,
            count_path=f"orders/{segment(parentid)}/shipping_addresses/count"
            if parentid is not None
            else "orders/shipping_addresses/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderShippingAddress]] = Operation(
        method="GET",
        path="orders/{parentid}/shipping_addresses/{id}",
        version="v2",
        result="one",
        model=OrderShippingAddress,
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
    ) -> OrderShippingAddress:
        """One OrderShippingAddress by id: `GET /v2/orders/{parentid}/shipping_addresses/{id}`.

        Returns one `OrderShippingAddress`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(parentid)}/shipping_addresses/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="orders/{parentid}/shipping_addresses/count",
        version="v2",
        result="count",
        query_type=OrderShippingAddressesFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderShippingAddressesFilters],
    ) -> int:
        """How many OrderShippingAddress objects match: `GET
        /v2/orders/{parentid}/shipping_addresses/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/orders/shipping_addresses/count`.
            filters: the query parameters (`OrderShippingAddressesFilters`).
        """
        return self._call(
            self._op_count,
            f"orders/{segment(parentid)}/shipping_addresses/count"
            if parentid is not None
            else "orders/shipping_addresses/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
