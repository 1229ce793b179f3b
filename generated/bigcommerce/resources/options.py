# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `Options` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.option import Option, OptionCreate, OptionUpdate


@with_config(REQUEST_CONFIG)
class OptionsFilters(TypedDict, total=False):
    """Query filters of `Options`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

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

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionsFilters],
    ) -> list[Option]:
        """One page of Option objects: `GET /v2/options`.

        Returns one page of `Option` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`OptionsFilters`).
        """
        return self._call(
            self._op_all,
            "options",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Option]]] = Operation(
        method="GET",
        path="options",
        version="v2",
        result="pages",
        model=Option,
        query_type=OptionsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionsFilters],
    ) -> Iterator[Option]:
        """Every Option of `GET /v2/options`, page after page.

        Yields every `Option` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`OptionsFilters`).
        """
        return self._call(
            self._op_iterall,
            "options",
            query=filters,
            prefetch=prefetch,
            count_path="options/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Option]] = Operation(
        method="GET", path="options/{id}", version="v2", result="one", model=Option
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Option:
        """One Option by id: `GET /v2/options/{id}`.

        Returns one `Option`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"options/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Option]] = Operation(
        method="POST",
        path="options",
        version="v2",
        result="one",
        model=Option,
        body_type=OptionCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionCreate],
    ) -> Option:
        """Create a Option: `POST /v2/options`; returns it as stored.

        Returns one `Option`.

        Args:
            fields: the fields (`OptionCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "options",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Option]] = Operation(
        method="PUT",
        path="options/{id}",
        version="v2",
        result="one",
        model=Option,
        body_type=OptionUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionUpdate],
    ) -> Option:
        """Change a Option: `PUT /v2/options/{id}`; returns it as stored.

        Returns one `Option`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`OptionUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"options/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="options/{id}", version="v2", result="answer"
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
        """Delete one Option: `DELETE /v2/options/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"options/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="options", version="v2", result="answer", query_type=OptionsFilters
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionsFilters],
    ) -> dict[str, Any]:
        """Delete every Option: `DELETE /v2/options`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`OptionsFilters`).
        """
        return self._call(
            self._op_delete_all,
            "options",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET", path="options/count", version="v2", result="count", query_type=OptionsFilters
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionsFilters],
    ) -> int:
        """How many Option objects match: `GET /v2/options/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`OptionsFilters`).
        """
        return self._call(
            self._op_count,
            "options/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
