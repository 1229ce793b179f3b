# Generated from spec/v2/option_sets.yaml by codegen (`make generate`); do not edit.
"""The `OptionSetOptions` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.option_set_option import OptionSetOption, OptionSetOptionCreate, OptionSetOptionUpdate


@with_config(REQUEST_CONFIG)
class OptionSetOptionsFilters(TypedDict, total=False):
    """Query filters of `OptionSetOptions`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class OptionSetOptions(Resource):
    """`option_sets/{option_set_id}/options` (v2): all, iterall, get, create, update, delete,
    delete_all.
    """

    _op_all: ClassVar[Operation[list[OptionSetOption]]] = Operation(
        method="GET",
        path="option_sets/{parentid}/options",
        version="v2",
        result="many",
        model=OptionSetOption,
        query_type=OptionSetOptionsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetOptionsFilters],
    ) -> list[OptionSetOption]:
        """One page of OptionSetOption objects: `GET /v2/option_sets/{parentid}/options`.

        Returns one page of `OptionSetOption` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/option_sets/options`.
            filters: the query parameters (`OptionSetOptionsFilters`).
        """
        return self._call(
            self._op_all,
            f"option_sets/{segment(parentid)}/options"
            if parentid is not None
            else "option_sets/options",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OptionSetOption]]] = Operation(
        method="GET",
        path="option_sets/{parentid}/options",
        version="v2",
        result="pages",
        model=OptionSetOption,
        query_type=OptionSetOptionsFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetOptionsFilters],
    ) -> Iterator[OptionSetOption]:
        """Every OptionSetOption of `GET /v2/option_sets/{parentid}/options`, page after page.

        Yields every `OptionSetOption` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/option_sets/options`.
            filters: the query parameters (`OptionSetOptionsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"option_sets/{segment(parentid)}/options"
            if parentid is not None
            else "option_sets/options",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OptionSetOption]] = Operation(
        method="GET",
        path="option_sets/{parentid}/options/{id}",
        version="v2",
        result="one",
        model=OptionSetOption,
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
    ) -> OptionSetOption:
        """One OptionSetOption by id: `GET /v2/option_sets/{parentid}/options/{id}`.

        Returns one `OptionSetOption`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"option_sets/{segment(parentid)}/options/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[OptionSetOption]] = Operation(
        method="POST",
        path="option_sets/{parentid}/options",
        version="v2",
        result="one",
        model=OptionSetOption,
        body_type=OptionSetOptionCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionSetOptionCreate],
    ) -> OptionSetOption:
        """Create a OptionSetOption: `POST /v2/option_sets/{parentid}/options`; returns it as
        stored.

        Returns one `OptionSetOption`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`OptionSetOptionCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"option_sets/{segment(parentid)}/options",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[OptionSetOption]] = Operation(
        method="PUT",
        path="option_sets/{parentid}/options/{id}",
        version="v2",
        result="one",
        model=OptionSetOption,
        body_type=OptionSetOptionUpdate,
    )

    def update(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionSetOptionUpdate],
    ) -> OptionSetOption:
        """Change a OptionSetOption: `PUT /v2/option_sets/{parentid}/options/{id}`; returns it as
        stored.

        Returns one `OptionSetOption`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`OptionSetOptionUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"option_sets/{segment(parentid)}/options/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="option_sets/{parentid}/options/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one OptionSetOption: `DELETE /v2/option_sets/{parentid}/options/{id}`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"option_sets/{segment(parentid)}/options/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="option_sets/{parentid}/options",
        version="v2",
        result="answer",
        query_type=OptionSetOptionsFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionSetOptionsFilters],
    ) -> dict[str, Any]:
        """Delete every OptionSetOption: `DELETE /v2/option_sets/{parentid}/options`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`OptionSetOptionsFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"option_sets/{segment(parentid)}/options",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
