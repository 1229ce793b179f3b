# Generated from spec/v2/brands.yaml by codegen (`make generate`); do not edit.
"""The `Brands` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.brand import Brand, BrandCreate, BrandUpdate


@with_config(REQUEST_CONFIG)
class BrandsFilters(TypedDict, total=False):
    """Query filters of `Brands`; unknown keys are refused."""

    id: int
    min_id: int
    max_id: int
    name: str
    page: int
    limit: int


class Brands(Resource):
    """`brands` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[BrandsFilters]) -> list[Brand]:
        """One page of Brand objects: `GET brands`."""
        return self._list(Brand, "brands", filters, BrandsFilters)

    def iterall(self, *, prefetch: int = 0, **filters: Unpack[BrandsFilters]) -> Iterator[Brand]:
        """Every Brand of `GET brands`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Brand, "brands", filters, BrandsFilters, prefetch=prefetch, count_path="brands/count"
        )

    def get(self, id: Id, /) -> Brand:
        """One Brand by id: `GET brands/{id}`."""
        return self._get(Brand, f"brands/{segment(id)}")

    def create(self, **fields: Unpack[BrandCreate]) -> Brand:
        """Create a Brand: `POST brands`; returns it as stored."""
        return self._write(Brand, "POST", "brands", fields, BrandCreate)

    def update(self, id: Id, /, **fields: Unpack[BrandUpdate]) -> Brand:
        """Change a Brand: `PUT brands/{id}`; returns it as stored."""
        return self._write(Brand, "PUT", f"brands/{segment(id)}", fields, BrandUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Brand: `DELETE brands/{id}`."""
        return self._delete(f"brands/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Brand: `DELETE brands`."""
        return self._delete("brands")

    def count(self, **filters: Unpack[BrandsFilters]) -> int:
        """How many Brand objects match: `GET brands/count`."""
        return self._count("brands/count", filters, BrandsFilters)
