# Generated from spec/v2/pages.yaml by codegen (`make generate`); do not edit.
"""The `Pages` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.page import Page, PageCreate, PageUpdate


@with_config(REQUEST_CONFIG)
class PagesFilters(TypedDict, total=False):
    """Query filters of `Pages`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class Pages(Resource):
    """`pages` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Page]]] = Operation(
        method="GET", path="pages", version="v2", result="many", model=Page, query_type=PagesFilters
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[PagesFilters],
    ) -> list[Page]:
        """One page of Page objects: `GET pages`."""
        return self._call(
            self._op_all,
            "pages",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Page]]] = Operation(
        method="GET",
        path="pages",
        version="v2",
        result="pages",
        model=Page,
        query_type=PagesFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[PagesFilters],
    ) -> Iterator[Page]:
        """Every Page of `GET pages`, page after page, one page in memory at a time. `prefetch=N`
        fetches up to N more pages ahead, in the background.
        """
        return self._call(
            self._op_iterall,
            "pages",
            query=filters,
            prefetch=prefetch,
            count_path="pages/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Page]] = Operation(
        method="GET", path="pages/{id}", version="v2", result="one", model=Page
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Page:
        """One Page by id: `GET pages/{id}`."""
        return self._call(
            self._op_get,
            f"pages/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Page]] = Operation(
        method="POST", path="pages", version="v2", result="one", model=Page, body_type=PageCreate
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[PageCreate],
    ) -> Page:
        """Create a Page: `POST pages`; returns it as stored."""
        return self._call(
            self._op_create,
            "pages",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Page]] = Operation(
        method="PUT",
        path="pages/{id}",
        version="v2",
        result="one",
        model=Page,
        body_type=PageUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[PageUpdate],
    ) -> Page:
        """Change a Page: `PUT pages/{id}`; returns it as stored."""
        return self._call(
            self._op_update,
            f"pages/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="pages/{id}", version="v2", result="answer"
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
        """Delete one Page: `DELETE pages/{id}`; returns the answer, `{}` when it is empty."""
        return self._call(
            self._op_delete,
            f"pages/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="pages", version="v2", result="answer", query_type=PagesFilters
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[PagesFilters],
    ) -> dict[str, Any]:
        """Delete every Page: `DELETE pages`; returns the answer, `{}` when it is empty."""
        return self._call(
            self._op_delete_all,
            "pages",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET", path="pages/count", version="v2", result="count", query_type=PagesFilters
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[PagesFilters],
    ) -> int:
        """How many Page objects match: `GET pages/count`."""
        return self._call(
            self._op_count,
            "pages/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
