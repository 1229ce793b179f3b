# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `Orders` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._enums import OrderSort
from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order import Order, OrderCreate, OrderUpdate


@with_config(REQUEST_CONFIG)
class OrdersFilters(TypedDict, total=False):
    """Query filters of `Orders`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    total: Decimal | float | int | str
    min_total: Decimal | float | int | str
    max_total: Decimal | float | int | str
    customer_id: int
    email: str
    status_id: int
    cart_id: str
    payment_method: str
    date_created: _dt.datetime | _dt.date | str
    min_date_created: _dt.datetime | _dt.date | str
    max_date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    min_date_modified: _dt.datetime | _dt.date | str
    max_date_modified: _dt.datetime | _dt.date | str
    channel_id: int
    external_order_id: str
    sort: OrderSort
    include: list[str]
    consignment_structure: Literal["object"]
    page: int
    limit: int


@with_config(REQUEST_CONFIG)
class OrdersGetFilters(TypedDict, total=False):
    """Query parameters of `Orders.get`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    consignment_structure: Literal["object"]
    include: list[Literal["consignments", "consignments.line_items", "fees"]]


class Orders(Resource):
    """`orders` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Order]]] = Operation(
        method="GET",
        path="orders",
        version="v2",
        result="many",
        model=Order,
        query_type=OrdersFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrdersFilters],
    ) -> list[Order]:
        """One page of Order objects: `GET /v2/orders`.

        Returns one page of `Order` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`OrdersFilters`).
        """
        return self._call(
            self._op_all,
            "orders",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Order]]] = Operation(
        method="GET",
        path="orders",
        version="v2",
        result="pages",
        model=Order,
        query_type=OrdersFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrdersFilters],
    ) -> Iterator[Order]:
        """Every Order of `GET /v2/orders`, page after page.

        Yields every `Order` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`OrdersFilters`).
        """
        return self._call(
            self._op_iterall,
            "orders",
            query=filters,
            prefetch=prefetch,
            count_path="orders/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Order]] = Operation(
        method="GET",
        path="orders/{id}",
        version="v2",
        result="one",
        model=Order,
        query_type=OrdersGetFilters,
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrdersGetFilters],
    ) -> Order:
        """One Order by id: `GET /v2/orders/{id}`.

        Returns one `Order`.

        Args:
            id: `Id`, the path's `{id}`.
            filters: the query parameters (`OrdersGetFilters`).
        """
        return self._call(
            self._op_get,
            f"orders/{segment(id)}",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Order]] = Operation(
        method="POST", path="orders", version="v2", result="one", model=Order, body_type=OrderCreate
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OrderCreate],
    ) -> Order:
        """Create a Order: `POST /v2/orders`; returns it as stored.

        Returns one `Order`.

        Args:
            fields: the fields (`OrderCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "orders",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Order]] = Operation(
        method="PUT",
        path="orders/{id}",
        version="v2",
        result="one",
        model=Order,
        body_type=OrderUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OrderUpdate],
    ) -> Order:
        """Change a Order: `PUT /v2/orders/{id}`; returns it as stored.

        Returns one `Order`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`OrderUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"orders/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="orders/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one Order: `DELETE /v2/orders/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"orders/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="orders", version="v2", result="answer", query_type=OrdersFilters
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrdersFilters],
    ) -> dict[str, Any]:
        """Delete every Order: `DELETE /v2/orders`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`OrdersFilters`).
        """
        return self._call(
            self._op_delete_all,
            "orders",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET", path="orders/count", version="v2", result="count", query_type=OrdersFilters
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrdersFilters],
    ) -> int:
        """How many Order objects match: `GET /v2/orders/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`OrdersFilters`).
        """
        return self._call(
            self._op_count,
            "orders/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
