# Generated from spec/v2/brands.yaml by codegen (`make generate`); do not edit.
"""The `Brands` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.brand import Brand, BrandCreate, BrandUpdate


@with_config(REQUEST_CONFIG)
class BrandsFilters(TypedDict, total=False):
    """Query filters of `Brands`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    id: int
    min_id: int
    max_id: int
    name: str
    page: int
    limit: int


class Brands(Resource):
    """`brands` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[Brand]]] = Operation(
        method="GET",
        path="brands",
        version="v2",
        result="many",
        model=Brand,
        query_type=BrandsFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BrandsFilters],
    ) -> list[Brand]:
        """One page of Brand objects: `GET /v2/brands`.

        Returns one page of `Brand` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`BrandsFilters`).
        """
        return self._call(
            self._op_all,
            "brands",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Brand]]] = Operation(
        method="GET",
        path="brands",
        version="v2",
        result="pages",
        model=Brand,
        query_type=BrandsFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BrandsFilters],
    ) -> Iterator[Brand]:
        """Every Brand of `GET /v2/brands`, page after page.

        Yields every `Brand` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`BrandsFilters`).
        """
        return self._call(
            self._op_iterall,
            "brands",
            query=filters,
            prefetch=prefetch,
            count_path="brands/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Brand]] = Operation(
        method="GET", path="brands/{id}", version="v2", result="one", model=Brand
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Brand:
        """One Brand by id: `GET /v2/brands/{id}`.

        Returns one `Brand`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"brands/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Brand]] = Operation(
        method="POST", path="brands", version="v2", result="one", model=Brand, body_type=BrandCreate
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[BrandCreate],
    ) -> Brand:
        """Create a Brand: `POST /v2/brands`; returns it as stored.

        Returns one `Brand`.

        Args:
            fields: the fields (`BrandCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            "brands",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Brand]] = Operation(
        method="PUT",
        path="brands/{id}",
        version="v2",
        result="one",
        model=Brand,
        body_type=BrandUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[BrandUpdate],
    ) -> Brand:
        """Change a Brand: `PUT /v2/brands/{id}`; returns it as stored.

        Returns one `Brand`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`BrandUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"brands/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="brands/{id}", version="v2", result="answer"
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
        """Delete one Brand: `DELETE /v2/brands/{id}`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"brands/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="brands", version="v2", result="answer", query_type=BrandsFilters
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BrandsFilters],
    ) -> dict[str, Any]:
        """Delete every Brand: `DELETE /v2/brands`; returns the answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`BrandsFilters`).
        """
        return self._call(
            self._op_delete_all,
            "brands",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET", path="brands/count", version="v2", result="count", query_type=BrandsFilters
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[BrandsFilters],
    ) -> int:
        """How many Brand objects match: `GET /v2/brands/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`BrandsFilters`).
        """
        return self._call(
            self._op_count,
            "brands/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
