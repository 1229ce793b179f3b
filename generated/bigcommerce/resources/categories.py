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
        """One page of Category objects: `GET /v2/categories`.

        Returns one page of `Category` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            filters: the query parameters (`CategoriesFilters`).
        """
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
        """Every Category of `GET /v2/categories`, page after page.

        Yields every `Category` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`CategoriesFilters`).
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
        """One Category by id: `GET /v2/categories/{id}`.

        Returns one `Category`.

        Args:
            id: `Id`, the path's `{id}`.
        """
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
        """Create a Category: `POST /v2/categories`; returns it as stored.

        Returns one `Category`.

        Args:
            fields: the fields (`CategoryCreate`), as keyword arguments.
        """
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
        """Change a Category: `PUT /v2/categories/{id}`; returns it as stored.

        Returns one `Category`.

        Args:
            id: `Id`, the path's `{id}`.
            fields: the fields (`CategoryUpdate`), as keyword arguments.
        """
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
        """Delete one Category: `DELETE /v2/categories/{id}`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            id: `Id`, the path's `{id}`.
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
        """Delete every Category: `DELETE /v2/categories`; returns the answer, `{}` when it is
        empty.

        Returns `dict[str, Any]`.

        Args:
            filters: the query parameters (`CategoriesFilters`).
        """
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
        """How many Category objects match: `GET /v2/categories/count`.

        Returns `int`.

        Args:
            filters: the query parameters (`CategoriesFilters`).
        """
        return self._call(
            self._op_count,
            "categories/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
