# Generated from spec/v2/countries.yaml by codegen (`make generate`); do not edit.
"""The `Countries` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.country import Country


@with_config(REQUEST_CONFIG)
class CountriesFilters(TypedDict, total=False):
    """Query filters of `Countries`; unknown keys are refused."""

    country: str
    country_iso2: str
    country_iso3: str
    page: int
    limit: int


class Countries(Resource):
    """`countries` (v2): all, iterall, get, count."""

    def all(self, **filters: Unpack[CountriesFilters]) -> list[Country]:
        """One page of Country objects: `GET countries`."""
        return self._list(Country, "countries", filters, CountriesFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[CountriesFilters]
    ) -> Iterator[Country]:
        """Every Country of `GET countries`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Country,
            "countries",
            filters,
            CountriesFilters,
            prefetch=prefetch,
            count_path="countries/count",
        )

    def get(self, id: Id, /) -> Country:
        """One Country by id: `GET countries/{id}`."""
        return self._get(Country, f"countries/{segment(id)}")

    def count(self, **filters: Unpack[CountriesFilters]) -> int:
        """How many Country objects match: `GET countries/count`."""
        return self._count("countries/count", filters, CountriesFilters)
