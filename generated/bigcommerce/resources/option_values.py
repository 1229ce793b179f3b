# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `OptionValues` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.option_value import OptionValue, OptionValueCreate, OptionValueUpdate


@with_config(REQUEST_CONFIG)
class OptionValuesFilters(TypedDict, total=False):
    """Query filters of `OptionValues`; unknown keys are refused."""

    page: int
    limit: int


class OptionValues(Resource):
    """`options/{option_id}/values` (v2): all, iterall, get, create, update, delete, delete_all."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OptionValuesFilters]
    ) -> list[OptionValue]:
        """One page of OptionValue objects: `GET options/{parentid}/values`."""
        return self._list(
            OptionValue,
            f"options/{segment(parentid)}/values" if parentid is not None else "options/values",
            filters,
            OptionValuesFilters,
            parentid,
        )

    def iterall(
        self, parentid: Id | None = None, **filters: Unpack[OptionValuesFilters]
    ) -> Iterator[OptionValue]:
        """Every OptionValue of `GET options/{parentid}/values`, page after page, one page in
        memory at a time.
        """
        return self._iterate(
            OptionValue,
            f"options/{segment(parentid)}/values" if parentid is not None else "options/values",
            filters,
            OptionValuesFilters,
            parentid,
        )

    def get(self, parentid: Id, id: Id, /) -> OptionValue:
        """One OptionValue by id: `GET options/{parentid}/values/{id}`."""
        return self._get(OptionValue, f"options/{segment(parentid)}/values/{segment(id)}", parentid)

    def create(self, parentid: Id, /, **fields: Unpack[OptionValueCreate]) -> OptionValue:
        """Create a OptionValue: `POST options/{parentid}/values`; returns it as stored."""
        return self._write(
            OptionValue,
            "POST",
            f"options/{segment(parentid)}/values",
            fields,
            OptionValueCreate,
            parentid,
        )

    def update(self, parentid: Id, id: Id, /, **fields: Unpack[OptionValueUpdate]) -> OptionValue:
        """Change a OptionValue: `PUT options/{parentid}/values/{id}`; returns it as stored."""
        return self._write(
            OptionValue,
            "PUT",
            f"options/{segment(parentid)}/values/{segment(id)}",
            fields,
            OptionValueUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one OptionValue: `DELETE options/{parentid}/values/{id}`."""
        return self._delete(f"options/{segment(parentid)}/values/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every OptionValue: `DELETE options/{parentid}/values`."""
        return self._delete(f"options/{segment(parentid)}/values")
