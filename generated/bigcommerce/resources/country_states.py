# Generated from spec/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `CountryStates` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.country_state import CountryState


@with_config(REQUEST_CONFIG)
class CountryStatesFilters(TypedDict, total=False):
    """Query filters of `CountryStates`; unknown keys are refused."""

    state: str
    state_abbreviation: str
    page: int
    limit: int


class CountryStates(Resource):
    """`countries/{country_id}/states` (v2): all, iterall, get, count."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[CountryStatesFilters]
    ) -> list[CountryState]:
        """One page of CountryState objects: `GET countries/{parentid}/states`."""
        return self._list(
            CountryState,
            f"countries/{segment(parentid)}/states" if parentid is not None else "countries/states",
            filters,
            CountryStatesFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[CountryStatesFilters],
    ) -> Iterator[CountryState]:
        """Every CountryState of `GET countries/{parentid}/states`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            CountryState,
            f"countries/{segment(parentid)}/states" if parentid is not None else "countries/states",
            filters,
            CountryStatesFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"countries/{segment(parentid)}/states/count"
            if parentid is not None
            else None,
        )

    def get(self, parentid: Id, id: Id, /) -> CountryState:
        """One CountryState by id: `GET countries/{parentid}/states/{id}`."""
        return self._get(
            CountryState, f"countries/{segment(parentid)}/states/{segment(id)}", parentid
        )

    def count(self, parentid: Id, **filters: Unpack[CountryStatesFilters]) -> int:
        """How many CountryState objects match: `GET countries/{parentid}/states/count`."""
        return self._count(
            f"countries/{segment(parentid)}/states/count", filters, CountryStatesFilters
        )
