# Generated from spec/v2/banners.yaml by codegen (`make generate`); do not edit.
"""The `Banners` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.banner import Banner, BannerCreate, BannerUpdate


@with_config(REQUEST_CONFIG)
class BannersFilters(TypedDict, total=False):
    """Query filters of `Banners`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    page: int
    limit: int


class Banners(Resource):
    """`banners` (v2): all, iterall, get, create, update, delete, delete_all."""

    _op_all: ClassVar[Operation[list[Banner]]] = Operation(
        method="GET",
        path="banners",
        version="v2",
        result="many",
        model=Banner,
        query_type=BannersFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BannersFilters],
    ) -> list[Banner]:
        """One page of Banner objects: `GET /v2/banners`.

        Returns one page of `Banner` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`BannersFilters`).
        """
        return self._call(
            self._op_all,
            "banners",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Banner]]] = Operation(
        method="GET",
        path="banners",
        version="v2",
        result="pages",
        model=Banner,
        query_type=BannersFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BannersFilters],
    ) -> Iterator[Banner]:
        """Every Banner of `GET /v2/banners`, page after page.

        Yields every `Banner` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`.

        Args:
            filters: the query parameters (`BannersFilters`).
        """
        return self._call(
            self._op_iterall,
            "banners",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Banner]] = Operation(
        method="GET", path="banners/{id}", version="v2", result="one", model=Banner
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Banner:
        """One Banner by id: `GET /v2/banners/{id}`.

        Returns one `Banner`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"banners/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Banner]] = Operation(
        method="POST",
        path="banners",
        version="v2",
        result="one",
        model=Banner,
        body_type=BannerCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[BannerCreate],
    ) -> Banner:
        """Create a Banner: `POST /v2/banners`; returns it as stored.

        Returns one `Banner`.

        Args:
            fields: the fields (`BannerCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "banners",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Banner]] = Operation(
        method="PUT",
        path="banners/{id}",
        version="v2",
        result="one",
        model=Banner,
        body_type=BannerUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[BannerUpdate],
    ) -> Banner:
        """Change a Banner: `PUT /v2/banners/{id}`; returns it as stored.

        Returns one `Banner`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`BannerUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"banners/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="banners/{id}", version="v2", result="answer"
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
        """Delete one Banner: `DELETE /v2/banners/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"banners/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="banners", version="v2", result="answer", query_type=BannersFilters
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BannersFilters],
    ) -> dict[str, Any]:
        """Delete every Banner: `DELETE /v2/banners`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`BannersFilters`).
        """
        return self._call(
            self._op_delete_all,
            "banners",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
