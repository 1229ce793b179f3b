# Generated from spec/v2/options.yaml by codegen (`make generate`); do not edit.
"""The `OptionValues` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.option_value import OptionValue, OptionValueCreate, OptionValueUpdate


@with_config(REQUEST_CONFIG)
class OptionValuesFilters(TypedDict, total=False):
    """Query filters of `OptionValues`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class OptionValues(Resource):
    """`options/{option_id}/values` (v2): all, iterall, get, create, update, delete, delete_all."""

    _op_all: ClassVar[Operation[list[OptionValue]]] = Operation(
        method="GET",
        path="options/{parentid}/values",
        version="v2",
        result="many",
        model=OptionValue,
        query_type=OptionValuesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionValuesFilters],
    ) -> list[OptionValue]:
        """One page of OptionValue objects: `GET /v2/options/{parentid}/values`.

        Returns one page of `OptionValue` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/options/values`.
            filters: the query parameters (`OptionValuesFilters`).
        """
        return self._call(
            self._op_all,
            f"options/{segment(parentid)}/values" if parentid is not None else "options/values",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OptionValue]]] = Operation(
        method="GET",
        path="options/{parentid}/values",
        version="v2",
        result="pages",
        model=OptionValue,
        query_type=OptionValuesFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionValuesFilters],
    ) -> Iterator[OptionValue]:
        """Every OptionValue of `GET /v2/options/{parentid}/values`, page after page.

        Yields every `OptionValue` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/options/values`.
            filters: the query parameters (`OptionValuesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"options/{segment(parentid)}/values" if parentid is not None else "options/values",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OptionValue]] = Operation(
        method="GET",
        path="options/{parentid}/values/{id}",
        version="v2",
        result="one",
        model=OptionValue,
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
    ) -> OptionValue:
        """One OptionValue by id: `GET /v2/options/{parentid}/values/{id}`.

        Returns one `OptionValue`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"options/{segment(parentid)}/values/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[OptionValue]] = Operation(
        method="POST",
        path="options/{parentid}/values",
        version="v2",
        result="one",
        model=OptionValue,
        body_type=OptionValueCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OptionValueCreate],
    ) -> OptionValue:
        """Create a OptionValue: `POST /v2/options/{parentid}/values`; returns it as stored.

        Returns one `OptionValue`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`OptionValueCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"options/{segment(parentid)}/values",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[OptionValue]] = Operation(
        method="PUT",
        path="options/{parentid}/values/{id}",
        version="v2",
        result="one",
        model=OptionValue,
        body_type=OptionValueUpdate,
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
        **fields: Unpack[OptionValueUpdate],
    ) -> OptionValue:
        """Change a OptionValue: `PUT /v2/options/{parentid}/values/{id}`; returns it as stored.

        Returns one `OptionValue`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`OptionValueUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"options/{segment(parentid)}/values/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="options/{parentid}/values/{id}", version="v2", result="answer"
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
        """Delete one OptionValue: `DELETE /v2/options/{parentid}/values/{id}`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"options/{segment(parentid)}/values/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="options/{parentid}/values",
        version="v2",
        result="answer",
        query_type=OptionValuesFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OptionValuesFilters],
    ) -> dict[str, Any]:
        """Delete every OptionValue: `DELETE /v2/options/{parentid}/values`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`OptionValuesFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"options/{segment(parentid)}/values",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
