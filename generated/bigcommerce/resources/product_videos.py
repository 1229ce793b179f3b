# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductVideos` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_video import ProductVideo, ProductVideoCreate


@with_config(REQUEST_CONFIG)
class ProductVideosFilters(TypedDict, total=False):
    """Query filters of `ProductVideos`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductVideos(Resource):
    """`products/{product_id}/videos` (v2): all, iterall, get, create, delete, delete_all, count."""

    _op_all: ClassVar[Operation[list[ProductVideo]]] = Operation(
        method="GET",
        path="products/{parentid}/videos",
        version="v2",
        result="many",
        model=ProductVideo,
        query_type=ProductVideosFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductVideosFilters],
    ) -> list[ProductVideo]:
        """One page of ProductVideo objects: `GET /v2/products/{parentid}/videos`.

        Returns one page of `ProductVideo` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/videos`.
            filters: the query parameters (`ProductVideosFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/videos" if parentid is not None else "products/videos",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductVideo]]] = Operation(
        method="GET",
        path="products/{parentid}/videos",
        version="v2",
        result="pages",
        model=ProductVideo,
        query_type=ProductVideosFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductVideosFilters],
    ) -> Iterator[ProductVideo]:
        """Every ProductVideo of `GET /v2/products/{parentid}/videos`, page after page.

        Yields every `ProductVideo` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/videos`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductVideosFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/videos" if parentid is not None else "products/videos",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/videos/count"
            if parentid is not None
            else "products/videos/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductVideo]] = Operation(
        method="GET",
        path="products/{parentid}/videos/{id}",
        version="v2",
        result="one",
        model=ProductVideo,
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
    ) -> ProductVideo:
        """One ProductVideo by id: `GET /v2/products/{parentid}/videos/{id}`.

        Returns one `ProductVideo`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/videos/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductVideo]] = Operation(
        method="POST",
        path="products/{parentid}/videos",
        version="v2",
        result="one",
        model=ProductVideo,
        body_type=ProductVideoCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductVideoCreate],
    ) -> ProductVideo:
        """Create a ProductVideo: `POST /v2/products/{parentid}/videos`; returns it as stored.

        Returns one `ProductVideo`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductVideoCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/videos",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products/{parentid}/videos/{id}", version="v2", result="answer"
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
        """Delete one ProductVideo: `DELETE /v2/products/{parentid}/videos/{id}`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/videos/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/videos",
        version="v2",
        result="answer",
        query_type=ProductVideosFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductVideosFilters],
    ) -> dict[str, Any]:
        """Delete every ProductVideo: `DELETE /v2/products/{parentid}/videos`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductVideosFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/videos",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/videos/count",
        version="v2",
        result="count",
        query_type=ProductVideosFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductVideosFilters],
    ) -> int:
        """How many ProductVideo objects match: `GET /v2/products/{parentid}/videos/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/videos/count`.
            filters: the query parameters (`ProductVideosFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/videos/count"
            if parentid is not None
            else "products/videos/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
