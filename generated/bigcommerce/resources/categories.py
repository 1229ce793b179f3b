# Generated from spec/v2/categories.yaml by codegen (`make generate`); do not edit.
"""The `Categories` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.category import Category, CategoryCreate, CategoryUpdate


@with_config(REQUEST_CONFIG)
class CategoriesFilters(TypedDict, total=False):
    """Query filters of `Categories`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

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

    _op_all: ClassVar[Operation[list[Category]]] = Operation(
        method="GET",
        path="categories",
        version="v2",
        result="many",
        model=Category,
        query_type=CategoriesFilters,
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CategoriesFilters],
    ) -> list[Category]:
        """One page of Category objects: `GET categories`."""
        return self._call(
            self._op_all,
            "categories",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Category]]] = Operation(
        method="GET",
        path="categories",
        version="v2",
        result="pages",
        model=Category,
        query_type=CategoriesFilters,
        pagination="page",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CategoriesFilters],
    ) -> Iterator[Category]:
        """Every Category of `GET categories`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._call(
            self._op_iterall,
            "categories",
            query=filters,
            prefetch=prefetch,
            count_path="categories/count",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Category]] = Operation(
        method="GET", path="categories/{id}", version="v2", result="one", model=Category
    )

    def get(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Category:
        """One Category by id: `GET categories/{id}`."""
        return self._call(
            self._op_get,
            f"categories/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Category]] = Operation(
        method="POST",
        path="categories",
        version="v2",
        result="one",
        model=Category,
        body_type=CategoryCreate,
    )

    def create(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CategoryCreate],
    ) -> Category:
        """Create a Category: `POST categories`; returns it as stored."""
        return self._call(
            self._op_create,
            "categories",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Category]] = Operation(
        method="PUT",
        path="categories/{id}",
        version="v2",
        result="one",
        model=Category,
        body_type=CategoryUpdate,
    )

    def update(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[CategoryUpdate],
    ) -> Category:
        """Change a Category: `PUT categories/{id}`; returns it as stored."""
        return self._call(
            self._op_update,
            f"categories/{segment(id)}",
            body=fields,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="categories/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one Category: `DELETE categories/{id}`; returns the answer, `{}` when it is
        empty.
        """
        return self._call(
            self._op_delete,
            f"categories/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="categories",
        version="v2",
        result="answer",
        query_type=CategoriesFilters,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CategoriesFilters],
    ) -> dict[str, Any]:
        """Delete every Category: `DELETE categories`; returns the answer, `{}` when it is empty."""
        return self._call(
            self._op_delete_all,
            "categories",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="categories/count",
        version="v2",
        result="count",
        query_type=CategoriesFilters,
    )

    def count(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[CategoriesFilters],
    ) -> int:
        """How many Category objects match: `GET categories/count`."""
        return self._call(
            self._op_count,
            "categories/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
