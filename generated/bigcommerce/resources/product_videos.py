# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductVideos` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.product_video import ProductVideo, ProductVideoCreate


@with_config(REQUEST_CONFIG)
class ProductVideosFilters(TypedDict, total=False):
    """Query filters of `ProductVideos`; unknown keys are refused."""

    page: int
    limit: int


class ProductVideos(Resource):
    """`products/{product_id}/videos` (v2): all, iterall, get, create, delete, delete_all, count."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[ProductVideosFilters]
    ) -> list[ProductVideo]:
        """One page of ProductVideo objects: `GET products/{parentid}/videos`."""
        return self._list(
            ProductVideo,
            f"products/{segment(parentid)}/videos" if parentid is not None else "products/videos",
            filters,
            ProductVideosFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[ProductVideosFilters],
    ) -> Iterator[ProductVideo]:
        """Every ProductVideo of `GET products/{parentid}/videos`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            ProductVideo,
            f"products/{segment(parentid)}/videos" if parentid is not None else "products/videos",
            filters,
            ProductVideosFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"products/{segment(parentid)}/videos/count"
            if parentid is not None
            else "products/videos/count",
        )

    def get(self, parentid: Id, id: Id, /) -> ProductVideo:
        """One ProductVideo by id: `GET products/{parentid}/videos/{id}`."""
        return self._get(
            ProductVideo, f"products/{segment(parentid)}/videos/{segment(id)}", parentid
        )

    def create(self, parentid: Id, /, **fields: Unpack[ProductVideoCreate]) -> ProductVideo:
        """Create a ProductVideo: `POST products/{parentid}/videos`; returns it as stored."""
        return self._write(
            ProductVideo,
            "POST",
            f"products/{segment(parentid)}/videos",
            fields,
            ProductVideoCreate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one ProductVideo: `DELETE products/{parentid}/videos/{id}`."""
        return self._delete(f"products/{segment(parentid)}/videos/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every ProductVideo: `DELETE products/{parentid}/videos`."""
        return self._delete(f"products/{segment(parentid)}/videos")

    def count(self, parentid: Id | None = None, **filters: Unpack[ProductVideosFilters]) -> int:
        """How many ProductVideo objects match: `GET products/{parentid}/videos/count`."""
        return self._count(
            f"products/{segment(parentid)}/videos/count"
            if parentid is not None
            else "products/videos/count",
            filters,
            ProductVideosFilters,
        )
