# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSetOptions` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.option_set_option import OptionSetOption, OptionSetOptionCreate, OptionSetOptionUpdate


@with_config(REQUEST_CONFIG)
class OptionSetOptionsFilters(TypedDict, total=False):
    """Query filters of `OptionSetOptions`; unknown keys are refused."""

    page: int
    limit: int


class OptionSetOptions(Resource):
    """`option_sets/{option_set_id}/options` (v2): all, iterall, get, create, update, delete,
    delete_all.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OptionSetOptionsFilters]
    ) -> list[OptionSetOption]:
        """One page of OptionSetOption objects: `GET option_sets/{parentid}/options`."""
        return self._list(
            OptionSetOption,
            f"option_sets/{segment(parentid)}/options"
            if parentid is not None
            else "option_sets/options",
            filters,
            OptionSetOptionsFilters,
            parentid,
        )

    def iterall(
        self, parentid: Id | None = None, **filters: Unpack[OptionSetOptionsFilters]
    ) -> Iterator[OptionSetOption]:
        """Every OptionSetOption of `GET option_sets/{parentid}/options`, page after page, one
        page in memory at a time.
        """
        return self._iterate(
            OptionSetOption,
            f"option_sets/{segment(parentid)}/options"
            if parentid is not None
            else "option_sets/options",
            filters,
            OptionSetOptionsFilters,
            parentid,
        )

    def get(self, parentid: Id, id: Id, /) -> OptionSetOption:
        """One OptionSetOption by id: `GET option_sets/{parentid}/options/{id}`."""
        return self._get(
            OptionSetOption, f"option_sets/{segment(parentid)}/options/{segment(id)}", parentid
        )

    def create(self, parentid: Id, /, **fields: Unpack[OptionSetOptionCreate]) -> OptionSetOption:
        """Create a OptionSetOption: `POST option_sets/{parentid}/options`; returns it as stored."""
        return self._write(
            OptionSetOption,
            "POST",
            f"option_sets/{segment(parentid)}/options",
            fields,
            OptionSetOptionCreate,
            parentid,
        )

    def update(
        self, parentid: Id, id: Id, /, **fields: Unpack[OptionSetOptionUpdate]
    ) -> OptionSetOption:
        """Change a OptionSetOption: `PUT option_sets/{parentid}/options/{id}`; returns it as
        stored.
        """
        return self._write(
            OptionSetOption,
            "PUT",
            f"option_sets/{segment(parentid)}/options/{segment(id)}",
            fields,
            OptionSetOptionUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one OptionSetOption: `DELETE option_sets/{parentid}/options/{id}`."""
        return self._delete(f"option_sets/{segment(parentid)}/options/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every OptionSetOption: `DELETE option_sets/{parentid}/options`."""
        return self._delete(f"option_sets/{segment(parentid)}/options")
