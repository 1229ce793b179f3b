# Generated from spec/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `CountryStates` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.country_state import CountryState


@with_config(REQUEST_CONFIG)
class CountryStatesFilters(TypedDict, total=False):
    """Query filters of `CountryStates`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    state: str
    state_abbreviation: str
    page: int
    limit: int


class CountryStates(Resource):
    """`countries/{country_id}/states` (v2): all, iterall, get, count."""

    _op_all: ClassVar[Operation[list[CountryState]]] = Operation(
        method="GET",
        path="countries/{parentid}/states",
        version="v2",
        result="many",
        model=CountryState,
        query_type=CountryStatesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CountryStatesFilters],
    ) -> list[CountryState]:
        """One page of CountryState objects: `GET /v2/countries/{parentid}/states`.

        Returns one page of `CountryState` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/countries/states`.
            filters: the query parameters (`CountryStatesFilters`).
        """
        return self._call(
            self._op_all,
            f"countries/{segment(parentid)}/states" if parentid is not None else "countries/states",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CountryState]]] = Operation(
        method="GET",
        path="countries/{parentid}/states",
        version="v2",
        result="pages",
        model=CountryState,
        query_type=CountryStatesFilters,
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
        **filters: Unpack[CountryStatesFilters],
    ) -> Iterator[CountryState]:
        """Every CountryState of `GET /v2/countries/{parentid}/states`, page after page.

        Yields every `CountryState` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/countries/states`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CountryStatesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"countries/{segment(parentid)}/states" if parentid is not None else "countries/states",
            query=filters,
            prefetch=prefetch,
            count_path=f"countries/{segment(parentid)}/states/count"
            if parentid is not None
            else None,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CountryState]] = Operation(
        method="GET",
        path="countries/{parentid}/states/{id}",
        version="v2",
        result="one",
        model=CountryState,
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
    ) -> CountryState:
        """One CountryState by id: `GET /v2/countries/{parentid}/states/{id}`.

        Returns one `CountryState`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"countries/{segment(parentid)}/states/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="countries/{parentid}/states/count",
        version="v2",
        result="count",
        query_type=CountryStatesFilters,
    )

    def count(
        self,
        parentid: Id,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CountryStatesFilters],
    ) -> int:
        """How many CountryState objects match: `GET /v2/countries/{parentid}/states/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`CountryStatesFilters`).
        """
        return self._call(
            self._op_count,
            f"countries/{segment(parentid)}/states/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
