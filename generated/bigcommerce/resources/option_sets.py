# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSets` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.option_set import OptionSet, OptionSetCreate, OptionSetUpdate


@with_config(REQUEST_CONFIG)
class OptionSetsFilters(TypedDict, total=False):
    """Query filters of `OptionSets`; unknown keys are refused."""

    name: str
    page: int
    limit: int


class OptionSets(Resource):
    """`option_sets` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[OptionSetsFilters]) -> list[OptionSet]:
        """One page of OptionSet objects: `GET option_sets`."""
        return self._list(OptionSet, "option_sets", filters, OptionSetsFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[OptionSetsFilters]
    ) -> Iterator[OptionSet]:
        """Every OptionSet of `GET option_sets`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            OptionSet,
            "option_sets",
            filters,
            OptionSetsFilters,
            prefetch=prefetch,
            count_path="option_sets/count",
        )

    def get(self, id: Id, /) -> OptionSet:
        """One OptionSet by id: `GET option_sets/{id}`."""
        return self._get(OptionSet, f"option_sets/{segment(id)}")

    def create(self, **fields: Unpack[OptionSetCreate]) -> OptionSet:
        """Create a OptionSet: `POST option_sets`; returns it as stored."""
        return self._write(OptionSet, "POST", "option_sets", fields, OptionSetCreate)

    def update(self, id: Id, /, **fields: Unpack[OptionSetUpdate]) -> OptionSet:
        """Change a OptionSet: `PUT option_sets/{id}`; returns it as stored."""
        return self._write(OptionSet, "PUT", f"option_sets/{segment(id)}", fields, OptionSetUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one OptionSet: `DELETE option_sets/{id}`."""
        return self._delete(f"option_sets/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every OptionSet: `DELETE option_sets`."""
        return self._delete("option_sets")

    def count(self, **filters: Unpack[OptionSetsFilters]) -> int:
        """How many OptionSet objects match: `GET option_sets/count`."""
        return self._count("option_sets/count", filters, OptionSetsFilters)
