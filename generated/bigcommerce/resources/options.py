# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `Options` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import Operation
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

    _op_all: ClassVar[Operation[list[Option]]] = Operation(
        method="GET",
        path="options",
        version="v2",
        result="many",
        model=Option,
        query_type=OptionsFilters,
    )

    def all(self, **filters: Unpack[OptionsFilters]) -> list[Option]:
        """One page of Option objects: `GET options`."""
        return self._call(self._op_all, "options", query=filters)

    _op_iterall: ClassVar[Operation[Iterator[Option]]] = Operation(
        method="GET",
        path="options",
        version="v2",
        result="pages",
        model=Option,
        query_type=OptionsFilters,
        pagination="page",
    )

    def iterall(self, *, prefetch: int = 0, **filters: Unpack[OptionsFilters]) -> Iterator[Option]:
        """Every Option of `GET options`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._call(
            self._op_iterall,
            "options",
            query=filters,
            prefetch=prefetch,
            count_path="options/count",
        )

    _op_get: ClassVar[Operation[Option]] = Operation(
        method="GET", path="options/{id}", version="v2", result="one", model=Option
    )

    def get(self, id: Id, /) -> Option:
        """One Option by id: `GET options/{id}`."""
        return self._call(self._op_get, f"options/{segment(id)}")

    _op_create: ClassVar[Operation[Option]] = Operation(
        method="POST",
        path="options",
        version="v2",
        result="one",
        model=Option,
        body_type=OptionCreate,
    )

    def create(self, **fields: Unpack[OptionCreate]) -> Option:
        """Create a Option: `POST options`; returns it as stored."""
        return self._call(self._op_create, "options", body=fields)

    _op_update: ClassVar[Operation[Option]] = Operation(
        method="PUT",
        path="options/{id}",
        version="v2",
        result="one",
        model=Option,
        body_type=OptionUpdate,
    )

    def update(self, id: Id, /, **fields: Unpack[OptionUpdate]) -> Option:
        """Change a Option: `PUT options/{id}`; returns it as stored."""
        return self._call(self._op_update, f"options/{segment(id)}", body=fields)

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="options/{id}", version="v2", result="answer"
    )

    def delete(self, id: Id, /) -> dict[str, Any]:
        """Delete one Option: `DELETE options/{id}`; returns the answer, `{}` when it is empty."""
        return self._call(self._op_delete, f"options/{segment(id)}")

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="options", version="v2", result="answer"
    )

    def delete_all(self) -> dict[str, Any]:
        """Delete every Option: `DELETE options`; returns the answer, `{}` when it is empty."""
        return self._call(self._op_delete_all, "options")

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET", path="options/count", version="v2", result="count", query_type=OptionsFilters
    )

    def count(self, **filters: Unpack[OptionsFilters]) -> int:
        """How many Option objects match: `GET options/count`."""
        return self._call(self._op_count, "options/count", query=filters)
