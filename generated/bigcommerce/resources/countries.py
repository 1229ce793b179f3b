# Generated from spec/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `Countries` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.country import Country


@with_config(REQUEST_CONFIG)
class CountriesFilters(TypedDict, total=False):
    """Query filters of `Countries`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    country: str
    country_iso2: str
    country_iso3: str
    page: int
    limit: int


class Countries(Resource):
    """`countries` (v2): all, iterall, get, count."""

    _op_all: ClassVar[Operation[list[Country]]] = Operation(
        method="GET",
        path="countries",
        version="v2",
        result="many",
        model=Country,
        query_type=CountriesFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CountriesFilters],
    ) -> list[Country]:
        """One page of Country objects: `GET /v2/countries`.

        Returns one page of `Country` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`CountriesFilters`).
        """
        return self._call(
            self._op_all,
            "countries",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Country]]] = Operation(
        method="GET",
        path="countries",
        version="v2",
        result="pages",
        model=Country,
        query_type=CountriesFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CountriesFilters],
    ) -> Iterator[Country]:
        """Every Country of `GET /v2/countries`, page after page.

        Yields every `Country` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CountriesFilters`).
        """
        return self._call(
            self._op_iterall,
            "countries",
            query=filters,
            prefetch=prefetch,
            count_path="countries/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Country]] = Operation(
        method="GET", path="countries/{id}", version="v2", result="one", model=Country
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Country:
        """One Country by id: `GET /v2/countries/{id}`.

        Returns one `Country`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"countries/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="countries/count",
        version="v2",
        result="count",
        query_type=CountriesFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CountriesFilters],
    ) -> int:
        """How many Country objects match: `GET /v2/countries/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`CountriesFilters`).
        """
        return self._call(
            self._op_count,
            "countries/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
