# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsReviews` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._enums import ProductIncludeField
from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_review import ProductReview
from ..models.product_review_create_body import ProductReviewCreate, ProductReviewUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsReviewsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]
    limit: int
    """At most 250. Default `50`."""
    page: int
    status: Literal[0, 1]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsReviewsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]


class V3CatalogProductsReviews(NodeResource):
    """`api.catalog.products.reviews` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[ProductReview]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/reviews",
        version="v3",
        result="many",
        model=ProductReview,
        query_type=V3CatalogProductsReviewsAllQuery,
        envelope=True,
        operation_id="getProductReviews",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsReviewsAllQuery],
    ) -> list[ProductReview]:
        """`GET /v3/catalog/products/{product_id}/reviews` (getProductReviews).

        Returns one page of `ProductReview` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsReviewsAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/reviews",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductReview]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/reviews",
        version="v3",
        result="pages",
        model=ProductReview,
        query_type=V3CatalogProductsReviewsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductReviews",
    )

    def iterall(
        self,
        product_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsReviewsAllQuery],
    ) -> Iterator[ProductReview]:
        """`GET /v3/catalog/products/{product_id}/reviews` (getProductReviews).

        Yields every `ProductReview` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsReviewsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/reviews",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductReview]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/reviews",
        version="v3",
        result="one",
        model=ProductReview,
        body_type=ProductReviewCreate,
        envelope=True,
        operation_id="createProductReview",
    )

    def create(
        self,
        product_id: int,
        body: ProductReviewCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductReview:
        """`POST /v3/catalog/products/{product_id}/reviews` (createProductReview).

        Returns one `ProductReview`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductReviewCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/reviews",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/reviews/{review_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductReview",
    )

    def delete(
        self,
        product_id: int,
        review_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/reviews/{review_id}` (deleteProductReview).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            review_id: `int`, the path's `{review_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/reviews/{segment(review_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductReview]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/reviews/{review_id}",
        version="v3",
        result="one",
        model=ProductReview,
        query_type=V3CatalogProductsReviewsGetQuery,
        envelope=True,
        operation_id="getProductReview",
    )

    def get(
        self,
        product_id: int,
        review_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsReviewsGetQuery],
    ) -> ProductReview:
        """`GET /v3/catalog/products/{product_id}/reviews/{review_id}` (getProductReview).

        Returns one `ProductReview`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            review_id: `int`, the path's `{review_id}`.
            query: the query parameters (`V3CatalogProductsReviewsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/reviews/{segment(review_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductReview]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/reviews/{review_id}",
        version="v3",
        result="one",
        model=ProductReview,
        body_type=ProductReviewUpdate,
        envelope=True,
        operation_id="updateProductReview",
    )

    def update(
        self,
        product_id: int,
        review_id: int,
        body: ProductReviewUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductReview:
        """`PUT /v3/catalog/products/{product_id}/reviews/{review_id}` (updateProductReview).

        Returns one `ProductReview`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            review_id: `int`, the path's `{review_id}`.
            body: `ProductReviewUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/reviews/{segment(review_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
