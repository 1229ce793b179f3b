# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductImages` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_image import ProductImage, ProductImageCreate, ProductImageUpdate


@with_config(REQUEST_CONFIG)
class ProductImagesFilters(TypedDict, total=False):
    """Query filters of `ProductImages`; unknown keys are refused."""

    page: int
    limit: int


class ProductImages(Resource):
    """`products/{product_id}/images` (v2): all, iterall, get, create, update, delete,
    delete_all, count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductImagesFilters]
    ) -> list[ProductImage]:
        """One page of ProductImage objects: `GET products/{parentid}/images`."""
        return self._list(
            ProductImage,
            f"products/{segment(parentid)}/images" if parentid is not None else "products/images",
            filters,
            ProductImagesFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductImagesFilters],
    ) -> Iterator[ProductImage]:
        """Every ProductImage of `GET products/{parentid}/images`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            ProductImage,
            f"products/{segment(parentid)}/images" if parentid is not None else "products/images",
            filters,
            ProductImagesFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/images/count"
            if parentid is not None
            else "products/images/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductImage:
        """One ProductImage by id: `GET products/{parentid}/images/{id}`."""
        return self._get(
            ProductImage, f"products/{segment(parentid)}/images/{segment(id)}", parentid
        )

    def create(self, parentid: Id, /, **fields: Unpack[ProductImageCreate]) -> ProductImage:
        """Create a ProductImage: `POST products/{parentid}/images`; returns it as stored."""
        return self._write(
            ProductImage,
            "POST",
            f"products/{segment(parentid)}/images",
            fields,
            ProductImageCreate,
            parentid,
        )

    def update(self, parentid: Id, id: Id, /, **fields: Unpack[ProductImageUpdate]) -> ProductImage:
        """Change a ProductImage: `PUT products/{parentid}/images/{id}`; returns it as stored."""
        return self._write(
            ProductImage,
            "PUT",
            f"products/{segment(parentid)}/images/{segment(id)}",
            fields,
            ProductImageUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductImage: `DELETE products/{parentid}/images/{id}`."""
        return self._delete(f"products/{segment(parentid)}/images/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductImage: `DELETE products/{parentid}/images`."""
        return self._delete(f"products/{segment(parentid)}/images")

    def count(self, parentid: Id | None = None, **filters: Unpack[ProductImagesFilters]) -> int:
        """How many ProductImage objects match: `GET products/{parentid}/images/count`."""
        return self._count(
            f"products/{segment(parentid)}/images/count"
            if parentid is not None
            else "products/images/count",
            filters,
            ProductImagesFilters,
        )
