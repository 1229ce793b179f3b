# Generated from spec/v2/currencies.yaml by codegen (`make generate`); do not edit.
"""The `Currencies` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.currency import Currency, CurrencyCreate, CurrencyUpdate


@with_config(REQUEST_CONFIG)
class CurrenciesFilters(TypedDict, total=False):
    """Query filters of `Currencies`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class Currencies(Resource):
    """`currencies` (v2): all, iterall, get, create, update, delete."""

    _op_all: ClassVar[Operation[list[Currency]]] = Operation(
        method="GET",
        path="currencies",
        version="v2",
        result="many",
        model=Currency,
        query_type=CurrenciesFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CurrenciesFilters],
    ) -> list[Currency]:
        """One page of Currency objects: `GET /v2/currencies`.

        Returns one page of `Currency` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`CurrenciesFilters`).
        """
        return self._call(
            self._op_all,
            "currencies",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Currency]]] = Operation(
        method="GET",
        path="currencies",
        version="v2",
        result="pages",
        model=Currency,
        query_type=CurrenciesFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CurrenciesFilters],
    ) -> Iterator[Currency]:
        """Every Currency of `GET /v2/currencies`, page after page.

        Yields every `Currency` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            filters: the query parameters (`CurrenciesFilters`).
        """
        return self._call(
            self._op_iterall,
            "currencies",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Currency]] = Operation(
        method="GET", path="currencies/{id}", version="v2", result="one", model=Currency
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Currency:
        """One Currency by id: `GET /v2/currencies/{id}`.

        Returns one `Currency`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"currencies/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Currency]] = Operation(
        method="POST",
        path="currencies",
        version="v2",
        result="one",
        model=Currency,
        body_type=CurrencyCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CurrencyCreate],
    ) -> Currency:
        """Create a Currency: `POST /v2/currencies`; returns it as stored.

        Returns one `Currency`.

        Args:
            fields: the fields (`CurrencyCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "currencies",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Currency]] = Operation(
        method="PUT",
        path="currencies/{id}",
        version="v2",
        result="one",
        model=Currency,
        body_type=CurrencyUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CurrencyUpdate],
    ) -> Currency:
        """Change a Currency: `PUT /v2/currencies/{id}`; returns it as stored.

        Returns one `Currency`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`CurrencyUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"currencies/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="currencies/{id}", version="v2", result="answer"
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
        """Delete one Currency: `DELETE /v2/currencies/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"currencies/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
