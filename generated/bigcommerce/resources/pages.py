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
        """One page of Page objects: `GET /v2/pages`.

        Returns one page of `Page` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`PagesFilters`).
        """
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
        """Every Page of `GET /v2/pages`, page after page.

        Yields every `Page` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`PagesFilters`).
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
        """One Page by id: `GET /v2/pages/{id}`.

        Returns one `Page`.

        Args:
            id: `Id`, the path's `{id}`.
        """
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
        """Create a Page: `POST /v2/pages`; returns it as stored.

        Returns one `Page`.

        Args:
            fields: the fields (`PageCreate`), as keyword arguments.
        """
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
        """Change a Page: `PUT /v2/pages/{id}`; returns it as stored.

        Returns one `Page`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`PageUpdate`), as keyword arguments.
        """
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
        """Delete one Page: `DELETE /v2/pages/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
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
        """Delete every Page: `DELETE /v2/pages`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`PagesFilters`).
        """
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
        """How many Page objects match: `GET /v2/pages/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`PagesFilters`).
        """
        return self._call(
            self._op_count,
            "pages/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
