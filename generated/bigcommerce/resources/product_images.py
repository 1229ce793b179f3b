# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductImages` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_image import ProductImage, ProductImageCreate, ProductImageUpdate


@with_config(REQUEST_CONFIG)
class ProductImagesFilters(TypedDict, total=False):
    """Query filters of `ProductImages`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductImages(Resource):
    """`products/{product_id}/images` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    _op_all: ClassVar[Operation[list[ProductImage]]] = Operation(
        method="GET",
        path="products/{parentid}/images",
        version="v2",
        result="many",
        model=ProductImage,
        query_type=ProductImagesFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductImagesFilters],
    ) -> list[ProductImage]:
        """One page of ProductImage objects: `GET /v2/products/{parentid}/images`.

        Returns one page of `ProductImage` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/images`.
            filters: the query parameters (`ProductImagesFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/images" if parentid is not None else "products/images",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductImage]]] = Operation(
        method="GET",
        path="products/{parentid}/images",
        version="v2",
        result="pages",
        model=ProductImage,
        query_type=ProductImagesFilters,
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
        **filters: Unpack[ProductImagesFilters],
    ) -> Iterator[ProductImage]:
        """Every ProductImage of `GET /v2/products/{parentid}/images`, page after page.

        Yields every `ProductImage` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/images`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductImagesFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/images" if parentid is not None else "products/images",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/images/count"
            if parentid is not None
            else "products/images/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductImage]] = Operation(
        method="GET",
        path="products/{parentid}/images/{id}",
        version="v2",
        result="one",
        model=ProductImage,
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
    ) -> ProductImage:
        """One ProductImage by id: `GET /v2/products/{parentid}/images/{id}`.

        Returns one `ProductImage`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/images/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductImage]] = Operation(
        method="POST",
        path="products/{parentid}/images",
        version="v2",
        result="one",
        model=ProductImage,
        body_type=ProductImageCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductImageCreate],
    ) -> ProductImage:
        """Create a ProductImage: `POST /v2/products/{parentid}/images`; returns it as stored.

        Returns one `ProductImage`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductImageCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/images",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductImage]] = Operation(
        method="PUT",
        path="products/{parentid}/images/{id}",
        version="v2",
        result="one",
        model=ProductImage,
        body_type=ProductImageUpdate,
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
        **fields: Unpack[ProductImageUpdate],
    ) -> ProductImage:
        """Change a ProductImage: `PUT /v2/products/{parentid}/images/{id}`; returns it as stored.

        Returns one `ProductImage`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductImageUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(parentid)}/images/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products/{parentid}/images/{id}", version="v2", result="answer"
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
        """Delete one ProductImage: `DELETE /v2/products/{parentid}/images/{id}`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/images/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/images",
        version="v2",
        result="answer",
        query_type=ProductImagesFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductImagesFilters],
    ) -> dict[str, Any]:
        """Delete every ProductImage: `DELETE /v2/products/{parentid}/images`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductImagesFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/images",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/images/count",
        version="v2",
        result="count",
        query_type=ProductImagesFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductImagesFilters],
    ) -> int:
        """How many ProductImage objects match: `GET /v2/products/{parentid}/images/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/images/count`.
            filters: the query parameters (`ProductImagesFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/images/count"
            if parentid is not None
            else "products/images/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
