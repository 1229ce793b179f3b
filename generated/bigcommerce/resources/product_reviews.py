# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductReviews` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.product_review import ProductReview, ProductReviewCreate, ProductReviewUpdate


@with_config(REQUEST_CONFIG)
class ProductReviewsFilters(TypedDict, total=False):
    """Query filters of `ProductReviews`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class ProductReviews(Resource):
    """`products/{product_id}/reviews` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    _op_all: ClassVar[Operation[list[ProductReview]]] = Operation(
        method="GET",
        path="products/{parentid}/reviews",
        version="v2",
        result="many",
        model=ProductReview,
        query_type=ProductReviewsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductReviewsFilters],
    ) -> list[ProductReview]:
        """One page of ProductReview objects: `GET /v2/products/{parentid}/reviews`.

        Returns one page of `ProductReview` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/reviews`.
            filters: the query parameters (`ProductReviewsFilters`).
        """
        return self._call(
            self._op_all,
            f"products/{segment(parentid)}/reviews" if parentid is not None else "products/reviews",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductReview]]] = Operation(
        method="GET",
        path="products/{parentid}/reviews",
        version="v2",
        result="pages",
        model=ProductReview,
        query_type=ProductReviewsFilters,
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
        **filters: Unpack[ProductReviewsFilters],
    ) -> Iterator[ProductReview]:
        """Every ProductReview of `GET /v2/products/{parentid}/reviews`, page after page.

        Yields every `ProductReview` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/products/reviews`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`ProductReviewsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"products/{segment(parentid)}/reviews" if parentid is not None else "products/reviews",
            query=filters,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/reviews/count"
            if parentid is not None
            else "products/reviews/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductReview]] = Operation(
        method="GET",
        path="products/{parentid}/reviews/{id}",
        version="v2",
        result="one",
        model=ProductReview,
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
    ) -> ProductReview:
        """One ProductReview by id: `GET /v2/products/{parentid}/reviews/{id}`.

        Returns one `ProductReview`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"products/{segment(parentid)}/reviews/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductReview]] = Operation(
        method="POST",
        path="products/{parentid}/reviews",
        version="v2",
        result="one",
        model=ProductReview,
        body_type=ProductReviewCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[ProductReviewCreate],
    ) -> ProductReview:
        """Create a ProductReview: `POST /v2/products/{parentid}/reviews`; returns it as stored.

        Returns one `ProductReview`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`ProductReviewCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"products/{segment(parentid)}/reviews",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductReview]] = Operation(
        method="PUT",
        path="products/{parentid}/reviews/{id}",
        version="v2",
        result="one",
        model=ProductReview,
        body_type=ProductReviewUpdate,
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
        **fields: Unpack[ProductReviewUpdate],
    ) -> ProductReview:
        """Change a ProductReview: `PUT /v2/products/{parentid}/reviews/{id}`; returns it as stored.

        Returns one `ProductReview`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`ProductReviewUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"products/{segment(parentid)}/reviews/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="products/{parentid}/reviews/{id}", version="v2", result="answer"
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
        """Delete one ProductReview: `DELETE /v2/products/{parentid}/reviews/{id}`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"products/{segment(parentid)}/reviews/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="products/{parentid}/reviews",
        version="v2",
        result="answer",
        query_type=ProductReviewsFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductReviewsFilters],
    ) -> dict[str, Any]:
        """Delete every ProductReview: `DELETE /v2/products/{parentid}/reviews`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`ProductReviewsFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"products/{segment(parentid)}/reviews",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="products/{parentid}/reviews/count",
        version="v2",
        result="count",
        query_type=ProductReviewsFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[ProductReviewsFilters],
    ) -> int:
        """How many ProductReview objects match: `GET /v2/products/{parentid}/reviews/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/products/reviews/count`.
            filters: the query parameters (`ProductReviewsFilters`).
        """
        return self._call(
            self._op_count,
            f"products/{segment(parentid)}/reviews/count"
            if parentid is not None
            else "products/reviews/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
