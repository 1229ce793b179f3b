# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductReview` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._types import Rfc2822DateTime


class ProductReview(ApiModel):
    """`ProductReview`: an object of the v2 `ProductReviews` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    author: str | None = None
    """Required to create."""
    date_created: str | None = None
    title: str | None = None
    """Required to create."""
    review: str | None = None
    """Required to create."""
    rating: int | None = None
    """Required to create. One of: `1`, `2`, `3`, `4`, `5`."""
    status: int | None = None
    """One of: `0`, `1`, `2`."""

    def update(self, **fields: Unpack[ProductReviewUpdate]) -> ProductReview:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.product_reviews import ProductReviews

        return self._resource(ProductReviews).update(
            self._parent("product_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_reviews import ProductReviews

        return self._resource(ProductReviews).delete(self._parent("product_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class ProductReviewCreate(TypedDict, total=False):
    """The fields to create a `ProductReview` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    author: Required[str]
    date_created: Rfc2822DateTime | str
    title: Required[str]
    review: Required[str]
    rating: Required[Literal[1, 2, 3, 4, 5]]
    status: Literal[0, 1, 2]


@with_config(REQUEST_CONFIG)
class ProductReviewUpdate(TypedDict, total=False):
    """The fields to update a `ProductReview` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    author: str
    date_created: Rfc2822DateTime | str
    title: str
    review: str
    rating: Literal[1, 2, 3, 4, 5]
    status: Literal[0, 1, 2]
