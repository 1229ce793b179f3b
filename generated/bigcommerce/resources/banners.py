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
        """One page of Banner objects: `GET banners`."""
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
        """Every Banner of `GET banners`, page after page, one page in memory at a time."""
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
        """One Banner by id: `GET banners/{id}`."""
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
        """Create a Banner: `POST banners`; returns it as stored."""
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
        """Change a Banner: `PUT banners/{id}`; returns it as stored."""
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
        """Delete one Banner: `DELETE banners/{id}`; returns the answer, `{}` when it is empty."""
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
        """Delete every Banner: `DELETE banners`; returns the answer, `{}` when it is empty."""
        return self._call(
            self._op_delete_all,
            "banners",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
