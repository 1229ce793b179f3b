# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductImage` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel


class ProductImage(ApiModel):
    """`ProductImage`: an object of the v2 `ProductImages` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    product_id: int | None = None
    """Read-only: set by the API, never sent."""
    image_file: str | None = None
    """Required to create."""
    zoom_url: str | None = None
    """Read-only: set by the API, never sent."""
    thumbnail_url: str | None = None
    """Read-only: set by the API, never sent."""
    standard_url: str | None = None
    """Read-only: set by the API, never sent."""
    tiny_url: str | None = None
    """Read-only: set by the API, never sent."""
    is_thumbnail: bool | None = None
    sort_order: int | None = None
    description: str | None = None
    is_sample: bool | None = None
    """Read-only: set by the API, never sent."""
    date_created: str | None = None
    """Read-only: set by the API, never sent."""

    def update(self, **fields: Unpack[ProductImageUpdate]) -> ProductImage:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.product_images import ProductImages

        return self._resource(ProductImages).update(
            self._parent("product_id"), self._own_id(), **fields
        )

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.product_images import ProductImages

        return self._resource(ProductImages).delete(self._parent("product_id"), self._own_id())


@with_config(REQUEST_CONFIG)
class ProductImageCreate(TypedDict, total=False):
    """The fields to create a `ProductImage` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    image_file: Required[str]
    is_thumbnail: bool
    sort_order: int
    description: str


@with_config(REQUEST_CONFIG)
class ProductImageUpdate(TypedDict, total=False):
    """The fields to update a `ProductImage` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    image_file: str
    is_thumbnail: bool
    sort_order: int
    description: str
