# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderMessages` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_message import OrderMessage


@with_config(REQUEST_CONFIG)
class OrderMessagesFilters(TypedDict, total=False):
    """Query filters of `OrderMessages`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    customer_id: int
    date_created: _dt.datetime | _dt.date | str
    min_date_created: _dt.datetime | _dt.date | str
    max_date_created: _dt.datetime | _dt.date | str
    is_flagged: bool
    status: Literal["read", "unread"]
    page: int
    limit: int


class OrderMessages(Resource):
    """`orders/{order_id}/messages` (v2): all, iterall, get."""

    _op_all: ClassVar[Operation[list[OrderMessage]]] = Operation(
        method="GET",
        path="orders/{parentid}/messages",
        version="v2",
        result="many",
        model=OrderMessage,
        query_type=OrderMessagesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderMessagesFilters],
    ) -> list[OrderMessage]:
        """One page of OrderMessage objects: `GET /v2/orders/{parentid}/messages`.

        Returns one page of `OrderMessage` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/messages`.
            filters: the query parameters (`OrderMessagesFilters`).
        """
        return self._call(
            self._op_all,
            f"orders/{segment(parentid)}/messages" if parentid is not None else "orders/messages",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderMessage]]] = Operation(
        method="GET",
        path="orders/{parentid}/messages",
        version="v2",
        result="pages",
        model=OrderMessage,
        query_type=OrderMessagesFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderMessagesFilters],
    ) -> Iterator[OrderMessage]:
        """Every OrderMessage of `GET /v2/orders/{parentid}/messages`, page after page.

        Yields every `OrderMessage` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/messages`.
            filters: the query parameters (`OrderMessagesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(parentid)}/messages" if parentid is not None else "orders/messages",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderMessage]] = Operation(
        method="GET",
        path="orders/{parentid}/messages/{id}",
        version="v2",
        result="one",
        model=OrderMessage,
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
    ) -> OrderMessage:
        """One OrderMessage by id: `GET /v2/orders/{parentid}/messages/{id}`.

        Returns one `OrderMessage`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(parentid)}/messages/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
