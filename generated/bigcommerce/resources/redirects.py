# Generated from spec/v2/redirects.yaml by codegen (`make generate`); do not edit.
"""The `Redirects` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.redirect import Redirect, RedirectCreate, RedirectUpdate


@with_config(REQUEST_CONFIG)
class RedirectsFilters(TypedDict, total=False):
    """Query filters of `Redirects`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class Redirects(Resource):
    """`redirects` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Redirect]]] = Operation(
        method="GET",
        path="redirects",
        version="v2",
        result="many",
        model=Redirect,
        query_type=RedirectsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[RedirectsFilters],
    ) -> list[Redirect]:
        """One page of Redirect objects: `GET /v2/redirects`.

        Returns one page of `Redirect` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`RedirectsFilters`).
        """
        return self._call(
            self._op_all,
            "redirects",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Redirect]]] = Operation(
        method="GET",
        path="redirects",
        version="v2",
        result="pages",
        model=Redirect,
        query_type=RedirectsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[RedirectsFilters],
    ) -> Iterator[Redirect]:
        """Every Redirect of `GET /v2/redirects`, page after page.

        Yields every `Redirect` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`RedirectsFilters`).
        """
        return self._call(
            self._op_iterall,
            "redirects",
            query=filters,
            prefetch=prefetch,
            count_path="redirects/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Redirect]] = Operation(
        method="GET", path="redirects/{id}", version="v2", result="one", model=Redirect
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Redirect:
        """One Redirect by id: `GET /v2/redirects/{id}`.

        Returns one `Redirect`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"redirects/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Redirect]] = Operation(
        method="POST",
        path="redirects",
        version="v2",
        result="one",
        model=Redirect,
        body_type=RedirectCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[RedirectCreate],
    ) -> Redirect:
        """Create a Redirect: `POST /v2/redirects`; returns it as stored.

        Returns one `Redirect`.

        Args:
            fields: the fields (`RedirectCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "redirects",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Redirect]] = Operation(
        method="PUT",
        path="redirects/{id}",
        version="v2",
        result="one",
        model=Redirect,
        body_type=RedirectUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[RedirectUpdate],
    ) -> Redirect:
        """Change a Redirect: `PUT /v2/redirects/{id}`; returns it as stored.

        Returns one `Redirect`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`RedirectUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"redirects/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="redirects/{id}", version="v2", result="answer"
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
        """Delete one Redirect: `DELETE /v2/redirects/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"redirects/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="redirects",
        version="v2",
        result="answer",
        query_type=RedirectsFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[RedirectsFilters],
    ) -> dict[str, Any]:
        """Delete every Redirect: `DELETE /v2/redirects`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`RedirectsFilters`).
        """
        return self._call(
            self._op_delete_all,
            "redirects",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="redirects/count",
        version="v2",
        result="count",
        query_type=RedirectsFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[RedirectsFilters],
    ) -> int:
        """How many Redirect objects match: `GET /v2/redirects/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`RedirectsFilters`).
        """
        return self._call(
            self._op_count,
            "redirects/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
