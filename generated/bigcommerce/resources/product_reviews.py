# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductReviews` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_review import ProductReview, ProductReviewCreate, ProductReviewUpdate


@with_config(REQUEST_CONFIG)
class ProductReviewsFilters(TypedDict, total=False):
    """Query filters of `ProductReviews`; unknown keys are refused."""

    page: int
    limit: int


class ProductReviews(Resource):
    """`products/{product_id}/reviews` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductReviewsFilters]
    ) -> list[ProductReview]:
        """One page of ProductReview objects: `GET products/{parentid}/reviews`."""
        return self._list(
            ProductReview,
            f"products/{segment(parentid)}/reviews" if parentid is not None else "products/reviews",
            filters,
            ProductReviewsFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductReviewsFilters],
    ) -> Iterator[ProductReview]:
        """Every ProductReview of `GET products/{parentid}/reviews`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            ProductReview,
            f"products/{segment(parentid)}/reviews" if parentid is not None else "products/reviews",
            filters,
            ProductReviewsFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/reviews/count"
            if parentid is not None
            else "products/reviews/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductReview:
        """One ProductReview by id: `GET products/{parentid}/reviews/{id}`."""
        return self._get(
            ProductReview, f"products/{segment(parentid)}/reviews/{segment(id)}", parentid
        )

    def create(self, parentid: Id, /, **fields: Unpack[ProductReviewCreate]) -> ProductReview:
        """Create a ProductReview: `POST products/{parentid}/reviews`; returns it as stored."""
        return self._write(
            ProductReview,
            "POST",
            f"products/{segment(parentid)}/reviews",
            fields,
            ProductReviewCreate,
            parentid,
        )

    def update(
        self, parentid: Id, id: Id, /, **fields: Unpack[ProductReviewUpdate]
    ) -> ProductReview:
        """Change a ProductReview: `PUT products/{parentid}/reviews/{id}`; returns it as stored."""
        return self._write(
            ProductReview,
            "PUT",
            f"products/{segment(parentid)}/reviews/{segment(id)}",
            fields,
            ProductReviewUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductReview: `DELETE products/{parentid}/reviews/{id}`."""
        return self._delete(f"products/{segment(parentid)}/reviews/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductReview: `DELETE products/{parentid}/reviews`."""
        return self._delete(f"products/{segment(parentid)}/reviews")

    def count(self, parentid: Id | None = None, **filters: Unpack[ProductReviewsFilters]) -> int:
        """How many ProductReview objects match: `GET products/{parentid}/reviews/count`."""
        return self._count(
            f"products/{segment(parentid)}/reviews/count"
            if parentid is not None
            else "products/reviews/count",
            filters,
            ProductReviewsFilters,
        )
