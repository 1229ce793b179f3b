# Generated from spec/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `Customers` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.customer import Customer, CustomerCreate, CustomerUpdate


@with_config(REQUEST_CONFIG)
class CustomersFilters(TypedDict, total=False):
    """Query filters of `Customers`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    store_credit: Decimal | float | int | str
    customer_group_id: int
    tax_exempt_category: str
    date_created: _dt.datetime | _dt.date | str
    min_date_created: _dt.datetime | _dt.date | str
    max_date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    min_date_modified: _dt.datetime | _dt.date | str
    max_date_modified: _dt.datetime | _dt.date | str
    page: int
    limit: int


class Customers(Resource):
    """`customers` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Customer]]] = Operation(
        method="GET",
        path="customers",
        version="v2",
        result="many",
        model=Customer,
        query_type=CustomersFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomersFilters],
    ) -> list[Customer]:
        """One page of Customer objects: `GET /v2/customers`.

        Returns one page of `Customer` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`CustomersFilters`).
        """
        return self._call(
            self._op_all,
            "customers",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Customer]]] = Operation(
        method="GET",
        path="customers",
        version="v2",
        result="pages",
        model=Customer,
        query_type=CustomersFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomersFilters],
    ) -> Iterator[Customer]:
        """Every Customer of `GET /v2/customers`, page after page.

        Yields every `Customer` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CustomersFilters`).
        """
        return self._call(
            self._op_iterall,
            "customers",
            query=filters,
            prefetch=prefetch,
            count_path="customers/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Customer]] = Operation(
        method="GET", path="customers/{id}", version="v2", result="one", model=Customer
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Customer:
        """One Customer by id: `GET /v2/customers/{id}`.

        Returns one `Customer`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"customers/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Customer]] = Operation(
        method="POST",
        path="customers",
        version="v2",
        result="one",
        model=Customer,
        body_type=CustomerCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CustomerCreate],
    ) -> Customer:
        """Create a Customer: `POST /v2/customers`; returns it as stored.

        Returns one `Customer`.

        Args:
            fields: the fields (`CustomerCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "customers",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Customer]] = Operation(
        method="PUT",
        path="customers/{id}",
        version="v2",
        result="one",
        model=Customer,
        body_type=CustomerUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CustomerUpdate],
    ) -> Customer:
        """Change a Customer: `PUT /v2/customers/{id}`; returns it as stored.

        Returns one `Customer`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`CustomerUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"customers/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="customers/{id}", version="v2", result="answer"
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
        """Delete one Customer: `DELETE /v2/customers/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"customers/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="customers",
        version="v2",
        result="answer",
        query_type=CustomersFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomersFilters],
    ) -> dict[str, Any]:
        """Delete every Customer: `DELETE /v2/customers`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`CustomersFilters`).
        """
        return self._call(
            self._op_delete_all,
            "customers",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="customers/count",
        version="v2",
        result="count",
        query_type=CustomersFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CustomersFilters],
    ) -> int:
        """How many Customer objects match: `GET /v2/customers/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`CustomersFilters`).
        """
        return self._call(
            self._op_count,
            "customers/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
