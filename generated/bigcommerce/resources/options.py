# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `Options` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.option import Option, OptionCreate, OptionUpdate


@with_config(REQUEST_CONFIG)
class OptionsFilters(TypedDict, total=False):
    """Query filters of `Options`; unknown keys are refused."""

    name: str
    display_name: str
    type: Literal["C", "D", "F", "MT", "N", "P", "PI", "RB", "RT", "S", "CS", "T"]
    page: int
    limit: int


class Options(Resource):
    """`options` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[OptionsFilters]) -> list[Option]:
        """One page of Option objects: `GET options`."""
        return self._list(Option, "options", filters, OptionsFilters)

    def iterall(self, *, prefetch: int = 0, **filters: Unpack[OptionsFilters]) -> Iterator[Option]:
        """Every Option of `GET options`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Option,
            "options",
            filters,
            OptionsFilters,
            prefetch=prefetch,
            count_path="options/count",
        )

    def get(self, id: Id, /) -> Option:
        """One Option by id: `GET options/{id}`."""
        return self._get(Option, f"options/{segment(id)}")

    def create(self, **fields: Unpack[OptionCreate]) -> Option:
        """Create a Option: `POST options`; returns it as stored."""
        return self._write(Option, "POST", "options", fields, OptionCreate)

    def update(self, id: Id, /, **fields: Unpack[OptionUpdate]) -> Option:
        """Change a Option: `PUT options/{id}`; returns it as stored."""
        return self._write(Option, "PUT", f"options/{segment(id)}", fields, OptionUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Option: `DELETE options/{id}`."""
        return self._delete(f"options/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Option: `DELETE options`."""
        return self._delete("options")

    def count(self, **filters: Unpack[OptionsFilters]) -> int:
        """How many Option objects match: `GET options/count`."""
        return self._count("options/count", filters, OptionsFilters)
