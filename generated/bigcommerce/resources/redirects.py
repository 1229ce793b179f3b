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
        """One page of Redirect objects: `GET redirects`."""
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
        """Every Redirect of `GET redirects`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
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
        """One Redirect by id: `GET redirects/{id}`."""
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
        """Create a Redirect: `POST redirects`; returns it as stored."""
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
        """Change a Redirect: `PUT redirects/{id}`; returns it as stored."""
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
        """Delete one Redirect: `DELETE redirects/{id}`; returns the answer, `{}` when it is
        empty.
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
        """Delete every Redirect: `DELETE redirects`; returns the answer, `{}` when it is empty."""
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
        """How many Redirect objects match: `GET redirects/count`."""
        return self._call(
            self._op_count,
            "redirects/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
