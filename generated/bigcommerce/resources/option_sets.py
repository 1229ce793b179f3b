# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSets` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.option_set import OptionSet, OptionSetCreate, OptionSetUpdate


@with_config(REQUEST_CONFIG)
class OptionSetsFilters(TypedDict, total=False):
    """Query filters of `OptionSets`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    page: int
    limit: int


class OptionSets(Resource):
    """`option_sets` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[OptionSet]]] = Operation(
        method="GET",
        path="option_sets",
        version="v2",
        result="many",
        model=OptionSet,
        query_type=OptionSetsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetsFilters],
    ) -> list[OptionSet]:
        """One page of OptionSet objects: `GET /v2/option_sets`.

        Returns one page of `OptionSet` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`OptionSetsFilters`).
        """
        return self._call(
            self._op_all,
            "option_sets",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OptionSet]]] = Operation(
        method="GET",
        path="option_sets",
        version="v2",
        result="pages",
        model=OptionSet,
        query_type=OptionSetsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetsFilters],
    ) -> Iterator[OptionSet]:
        """Every OptionSet of `GET /v2/option_sets`, page after page.

        Yields every `OptionSet` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`OptionSetsFilters`).
        """
        return self._call(
            self._op_iterall,
            "option_sets",
            query=filters,
            prefetch=prefetch,
            count_path="option_sets/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OptionSet]] = Operation(
        method="GET", path="option_sets/{id}", version="v2", result="one", model=OptionSet
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OptionSet:
        """One OptionSet by id: `GET /v2/option_sets/{id}`.

        Returns one `OptionSet`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"option_sets/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[OptionSet]] = Operation(
        method="POST",
        path="option_sets",
        version="v2",
        result="one",
        model=OptionSet,
        body_type=OptionSetCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionSetCreate],
    ) -> OptionSet:
        """Create a OptionSet: `POST /v2/option_sets`; returns it as stored.

        Returns one `OptionSet`.

        Args:
            fields: the fields (`OptionSetCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "option_sets",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[OptionSet]] = Operation(
        method="PUT",
        path="option_sets/{id}",
        version="v2",
        result="one",
        model=OptionSet,
        body_type=OptionSetUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionSetUpdate],
    ) -> OptionSet:
        """Change a OptionSet: `PUT /v2/option_sets/{id}`; returns it as stored.

        Returns one `OptionSet`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`OptionSetUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"option_sets/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="option_sets/{id}", version="v2", result="answer"
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
        """Delete one OptionSet: `DELETE /v2/option_sets/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"option_sets/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="option_sets",
        version="v2",
        result="answer",
        query_type=OptionSetsFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetsFilters],
    ) -> dict[str, Any]:
        """Delete every OptionSet: `DELETE /v2/option_sets`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`OptionSetsFilters`).
        """
        return self._call(
            self._op_delete_all,
            "option_sets",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="option_sets/count",
        version="v2",
        result="count",
        query_type=OptionSetsFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetsFilters],
    ) -> int:
        """How many OptionSet objects match: `GET /v2/option_sets/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`OptionSetsFilters`).
        """
        return self._call(
            self._op_count,
            "option_sets/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
