# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAddresses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.customer_address import CustomerAddress, CustomerAddressCreate, CustomerAddressUpdate


@with_config(REQUEST_CONFIG)
class CustomerAddressesFilters(TypedDict, total=False):
    """Query filters of `CustomerAddresses`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


@with_config(REQUEST_CONFIG)
class CustomerAddressesGetFilters(TypedDict, total=False):
    """Query parameters of `CustomerAddresses.get`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    limit: int | float
    page: int | float


class CustomerAddresses(Resource):
    """`customers/{customer_id}/addresses` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    _op_all: ClassVar[Operation[list[CustomerAddress]]] = Operation(
        method="GET",
        path="customers/{parentid}/addresses",
        version="v2",
        result="many",
        model=CustomerAddress,
        query_type=CustomerAddressesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerAddressesFilters],
    ) -> list[CustomerAddress]:
        """One page of CustomerAddress objects: `GET /v2/customers/{parentid}/addresses`.

        Returns one page of `CustomerAddress` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/customers/addresses`.
            filters: the query parameters (`CustomerAddressesFilters`).
        """
        return self._call(
            self._op_all,
            f"customers/{segment(parentid)}/addresses"
            if parentid is not None
            else "customers/addresses",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomerAddress]]] = Operation(
        method="GET",
        path="customers/{parentid}/addresses",
        version="v2",
        result="pages",
        model=CustomerAddress,
        query_type=CustomerAddressesFilters,
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
        **filters: Unpack[CustomerAddressesFilters],
    ) -> Iterator[CustomerAddress]:
        """Every CustomerAddress of `GET /v2/customers/{parentid}/addresses`, page after page.

        Yields every `CustomerAddress` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/customers/addresses`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CustomerAddressesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"customers/{segment(parentid)}/addresses"
            if parentid is not None
            else "customers/addresses",
            query=filters,
            prefetch=prefetch,
            count_path=f"customers/{segment(parentid)}/addresses/count"
            if parentid is not None
            else None,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CustomerAddress]] = Operation(
        method="GET",
        path="customers/{parentid}/addresses/{id}",
        version="v2",
        result="one",
        model=CustomerAddress,
        query_type=CustomerAddressesGetFilters,
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
        **filters: Unpack[CustomerAddressesGetFilters],
    ) -> CustomerAddress:
        """One CustomerAddress by id: `GET /v2/customers/{parentid}/addresses/{id}`.

        Returns one `CustomerAddress`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            filters: the query parameters (`CustomerAddressesGetFilters`).
        """
        return self._call(
            self._op_get,
            f"customers/{segment(parentid)}/addresses/{segment(id)}",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CustomerAddress]] = Operation(
        method="POST",
        path="customers/{parentid}/addresses",
        version="v2",
        result="one",
        model=CustomerAddress,
        body_type=CustomerAddressCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CustomerAddressCreate],
    ) -> CustomerAddress:
        """Create a CustomerAddress: `POST /v2/customers/{parentid}/addresses`; returns it as
        stored.

        Returns one `CustomerAddress`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`CustomerAddressCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"customers/{segment(parentid)}/addresses",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CustomerAddress]] = Operation(
        method="PUT",
        path="customers/{parentid}/addresses/{id}",
        version="v2",
        result="one",
        model=CustomerAddress,
        body_type=CustomerAddressUpdate,
    )

    def update(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CustomerAddressUpdate],
    ) -> CustomerAddress:
        """Change a CustomerAddress: `PUT /v2/customers/{parentid}/addresses/{id}`; returns it as
        stored.

        Returns one `CustomerAddress`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`CustomerAddressUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"customers/{segment(parentid)}/addresses/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="customers/{parentid}/addresses/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one CustomerAddress: `DELETE /v2/customers/{parentid}/addresses/{id}`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"customers/{segment(parentid)}/addresses/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="customers/{parentid}/addresses",
        version="v2",
        result="answer",
        query_type=CustomerAddressesFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerAddressesFilters],
    ) -> dict[str, Any]:
        """Delete every CustomerAddress: `DELETE /v2/customers/{parentid}/addresses`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`CustomerAddressesFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"customers/{segment(parentid)}/addresses",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="customers/{parentid}/addresses/count",
        version="v2",
        result="count",
        query_type=CustomerAddressesFilters,
    )

    def count(
        self,
        parentid: Id,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomerAddressesFilters],
    ) -> int:
        """How many CustomerAddress objects match: `GET /v2/customers/{parentid}/addresses/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`CustomerAddressesFilters`).
        """
        return self._call(
            self._op_count,
            f"customers/{segment(parentid)}/addresses/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
