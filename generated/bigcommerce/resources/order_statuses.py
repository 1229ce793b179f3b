# Generated from spec/v2/order_statuses.yaml by codegen (`make generate`); do not edit.
"""The `OrderStatuses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_status import OrderStatus


@with_config(REQUEST_CONFIG)
class OrderStatusesFilters(TypedDict, total=False):
    """Query filters of `OrderStatuses`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """


class OrderStatuses(Resource):
    """`order_statuses` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[OrderStatus]]] = Operation(
        method="GET",
        path="order_statuses",
        version="v2",
        result="many",
        model=OrderStatus,
        query_type=OrderStatusesFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderStatusesFilters],
    ) -> list[OrderStatus]:
        """One page of OrderStatus objects: `GET /v2/order_statuses`.

        Returns a list of `OrderStatus` objects.

        Args:
            filters: the query parameters (`OrderStatusesFilters`).
        """
        return self._call(
            self._op_all,
            "order_statuses",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderStatus]]] = Operation(
        method="GET",
        path="order_statuses",
        version="v2",
        result="pages",
        model=OrderStatus,
        query_type=OrderStatusesFilters,
        pagination="none",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderStatusesFilters],
    ) -> Iterator[OrderStatus]:
        """Every OrderStatus of `GET /v2/order_statuses`, page after page.

        Yields every `OrderStatus` of every page, one page in memory at a time.

        Args:
            filters: the query parameters (`OrderStatusesFilters`).
        """
        return self._call(
            self._op_iterall,
            "order_statuses",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderStatus]] = Operation(
        method="GET", path="order_statuses/{id}", version="v2", result="one", model=OrderStatus
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OrderStatus:
        """One OrderStatus by id: `GET /v2/order_statuses/{id}`.

        Returns one `OrderStatus`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"order_statuses/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
