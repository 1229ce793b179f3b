# Generated from spec/v2/customer_groups.yaml by codegen (`make generate`); do not edit.
"""The `CustomerGroups` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.customer_group import CustomerGroup, CustomerGroupCreate, CustomerGroupUpdate


@with_config(REQUEST_CONFIG)
class CustomerGroupsFilters(TypedDict, total=False):
    """Query filters of `CustomerGroups`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    name__like: str
    is_default: bool
    is_group_for_guests: bool
    date_created: _dt.datetime | _dt.date | str
    date_created__min: _dt.datetime | _dt.date | str
    date_created__max: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    date_modified__min: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    page: int
    limit: int


@with_config(REQUEST_CONFIG)
class CustomerGroupsGetFilters(TypedDict, total=False):
    """Query parameters of `CustomerGroups.get`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    date_created: _dt.datetime | _dt.date | str
    date_created__max: str
    date_created__min: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    date_modified__max: _dt.datetime | _dt.date | str
    date_modified__min: str
    is_default: bool
    limit: int | float
    name: str
    page: int | float


class CustomerGroups(Resource):
    """`customer_groups` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[CustomerGroup]]] = Operation(
        method="GET",
        path="customer_groups",
        version="v2",
        result="many",
        model=CustomerGroup,
        query_type=CustomerGroupsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerGroupsFilters],
    ) -> list[CustomerGroup]:
        """One page of CustomerGroup objects: `GET /v2/customer_groups`.

        Returns one page of `CustomerGroup` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`CustomerGroupsFilters`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "customer_groups",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomerGroup]]] = Operation(
        method="GET",
        path="customer_groups",
        version="v2",
        result="pages",
        model=CustomerGroup,
        query_type=CustomerGroupsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerGroupsFilters],
    ) -> Iterator[CustomerGroup]:
        """Every CustomerGroup of `GET /v2/customer_groups`, page after page.

        Yields every `CustomerGroup` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CustomerGroupsFilters`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "customer_groups",
            query=filters,
            prefetch=prefetch,
            count_path="customer_groups/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CustomerGroup]] = Operation(
        method="GET",
        path="customer_groups/{id}",
        version="v2",
        result="one",
        model=CustomerGroup,
        query_type=CustomerGroupsGetFilters,
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerGroupsGetFilters],
    ) -> CustomerGroup:
        """One CustomerGroup by id: `GET /v2/customer_groups/{id}`.

        Returns one `CustomerGroup`.

        Args:
            id: `Id`, the path's `{id}`.
            filters: the query parameters (`CustomerGroupsGetFilters`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_get,
            f"customer_groups/{segment(id)}",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CustomerGroup]] = Operation(
        method="POST",
        path="customer_groups",
        version="v2",
        result="one",
        model=CustomerGroup,
        body_type=CustomerGroupCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CustomerGroupCreate],
    ) -> CustomerGroup:
        """Create a CustomerGroup: `POST /v2/customer_groups`; returns it as stored.

        Returns one `CustomerGroup`.

        Args:
            fields: the fields (`CustomerGroupCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "customer_groups",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CustomerGroup]] = Operation(
        method="PUT",
        path="customer_groups/{id}",
        version="v2",
        result="one",
        model=CustomerGroup,
        body_type=CustomerGroupUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CustomerGroupUpdate],
    ) -> CustomerGroup:
        """Change a CustomerGroup: `PUT /v2/customer_groups/{id}`; returns it as stored.

        Returns one `CustomerGroup`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`CustomerGroupUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"customer_groups/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="customer_groups/{id}", version="v2", result="answer"
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
        """Delete one CustomerGroup: `DELETE /v2/customer_groups/{id}`; returns the answer, `{}`
        when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"customer_groups/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="customer_groups",
        version="v2",
        result="answer",
        query_type=CustomerGroupsFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerGroupsFilters],
    ) -> dict[str, Any]:
        """Delete every CustomerGroup: `DELETE /v2/customer_groups`; returns the answer, `{}` when
        it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`CustomerGroupsFilters`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "customer_groups",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="customer_groups/count",
        version="v2",
        result="count",
        query_type=CustomerGroupsFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerGroupsFilters],
    ) -> int:
        """How many CustomerGroup objects match: `GET /v2/customer_groups/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`CustomerGroupsFilters`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_count,
            "customer_groups/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
