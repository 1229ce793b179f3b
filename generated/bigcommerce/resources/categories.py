# Generated from spec/v2/categories.yaml by codegen (`make generate`); do not edit.
"""The `Categories` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.category import Category, CategoryCreate, CategoryUpdate


@with_config(REQUEST_CONFIG)
class CategoriesFilters(TypedDict, total=False):
    """Query filters of `Categories`; unknown keys are refused."""

    id: int
    min_id: int
    max_id: int
    parent_id: int
    name: str
    is_visible: bool
    page: int
    limit: int


class Categories(Resource):
    """`categories` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[CategoriesFilters]) -> list[Category]:
        """One page of Category objects: `GET categories`."""
        return self._list(Category, "categories", filters, CategoriesFilters)

    def iterall(
        self, *, prefetch: int = 0, **filters: Unpack[CategoriesFilters]
    ) -> Iterator[Category]:
        """Every Category of `GET categories`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Category,
            "categories",
            filters,
            CategoriesFilters,
            prefetch=prefetch,
            count_path="categories/count",
        )

    def get(self, id: Id, /) -> Category:
        """One Category by id: `GET categories/{id}`."""
        return self._get(Category, f"categories/{segment(id)}")

    def create(self, **fields: Unpack[CategoryCreate]) -> Category:
        """Create a Category: `POST categories`; returns it as stored."""
        return self._write(Category, "POST", "categories", fields, CategoryCreate)

    def update(self, id: Id, /, **fields: Unpack[CategoryUpdate]) -> Category:
        """Change a Category: `PUT categories/{id}`; returns it as stored."""
        return self._write(Category, "PUT", f"categories/{segment(id)}", fields, CategoryUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Category: `DELETE categories/{id}`."""
        return self._delete(f"categories/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Category: `DELETE categories`."""
        return self._delete("categories")

    def count(self, **filters: Unpack[CategoriesFilters]) -> int:
        """How many Category objects match: `GET categories/count`."""
        return self._count("categories/count", filters, CategoriesFilters)
