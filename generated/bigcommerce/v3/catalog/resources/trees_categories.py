# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogTreesCategories` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.category_node import CategoryNode
from ..models.get_categories import GetCategories
from ..models.success_no_content import SuccessNoContent
from ..models.tree_category_create_many_item import TreeCategoryCreateManyItem
from ..models.tree_category_update_many_item import TreeCategoryUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3CatalogTreesCategoriesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    category_id__in: list[int]
    """Sent as `category_id:in`."""
    category_id__not_in: list[int]
    """Sent as `category_id:not_in`."""
    category_uuid__in: list[str]
    """Sent as `category_uuid:in`."""
    category_uuid__not_in: list[str]
    """Sent as `category_uuid:not_in`."""
    exclude_fields: list[str]
    include_fields: list[str]
    is_visible: bool
    keyword: str
    limit: int
    """At most 250. Default `50`."""
    name: str
    name__like: str
    """Sent as `name:like`."""
    page: int
    page_title: str
    page_title__like: str
    """Sent as `page_title:like`."""
    parent_id__in: list[int]
    """Sent as `parent_id:in`."""
    parent_id__not_in: list[int]
    """Sent as `parent_id:not_in`."""
    tree_id__in: list[int]
    """Sent as `tree_id:in`."""
    tree_id__not_in: list[int]
    """Sent as `tree_id:not_in`."""


@with_config(REQUEST_CONFIG)
class V3CatalogTreesCategoriesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    category_id__in: list[int]
    """Sent as `category_id:in`."""
    category_uuid__in: list[str]
    """Sent as `category_uuid:in`."""
    parent_id__in: list[int]
    """Sent as `parent_id:in`."""
    tree_id__in: list[int]
    """Sent as `tree_id:in`."""


@with_config(REQUEST_CONFIG)
class V3CatalogTreesCategoriesGetCategoryTreeQuery(TypedDict, total=False):
    """Query parameters of `get_category_tree`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    depth: int


class V3CatalogTreesCategories(NodeResource):
    """`api.catalog.trees.categories` (v3): all, iterall, create_many, delete_all,
    get_category_tree, update_many.
    """

    _op_all: ClassVar[Operation[list[GetCategories]]] = Operation(
        method="GET",
        path="catalog/trees/categories",
        version="v3",
        result="many",
        model=GetCategories,
        query_type=V3CatalogTreesCategoriesAllQuery,
        envelope=True,
        operation_id="getAllCategories",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesCategoriesAllQuery],
    ) -> list[GetCategories]:
        """`GET /v3/catalog/trees/categories` (getAllCategories).

        Returns one page of `GetCategories` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogTreesCategoriesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/trees/categories",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[GetCategories]]] = Operation(
        method="GET",
        path="catalog/trees/categories",
        version="v3",
        result="pages",
        model=GetCategories,
        query_type=V3CatalogTreesCategoriesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getAllCategories",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesCategoriesAllQuery],
    ) -> Iterator[GetCategories]:
        """`GET /v3/catalog/trees/categories` (getAllCategories).

        Yields every `GetCategories` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogTreesCategoriesAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/trees/categories",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[GetCategories]]] = Operation(
        method="POST",
        path="catalog/trees/categories",
        version="v3",
        result="many",
        model=GetCategories,
        body_type=list[TreeCategoryCreateManyItem],
        envelope=True,
        operation_id="createCategories",
    )

    def create_many(
        self,
        body: list[TreeCategoryCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[GetCategories]:
        """`POST /v3/catalog/trees/categories` (createCategories).

        Returns a list of `GetCategories` objects.

        Args:
            body: `list[TreeCategoryCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "catalog/trees/categories",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[SuccessNoContent]] = Operation(
        method="DELETE",
        path="catalog/trees/categories",
        version="v3",
        result="one",
        model=SuccessNoContent,
        query_type=V3CatalogTreesCategoriesDeleteAllQuery,
        operation_id="deleteTreeCategories",
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesCategoriesDeleteAllQuery],
    ) -> SuccessNoContent:
        """`DELETE /v3/catalog/trees/categories` (deleteTreeCategories).

        Returns one `SuccessNoContent`.

        Args:
            query: the query parameters (`V3CatalogTreesCategoriesDeleteAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "catalog/trees/categories",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_category_tree: ClassVar[Operation[list[CategoryNode]]] = Operation(
        method="GET",
        path="catalog/trees/{tree_id}/categories",
        version="v3",
        result="many",
        model=CategoryNode,
        query_type=V3CatalogTreesCategoriesGetCategoryTreeQuery,
        envelope=True,
        operation_id="getCategoryTree",
    )

    def get_category_tree(
        self,
        tree_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogTreesCategoriesGetCategoryTreeQuery],
    ) -> list[CategoryNode]:
        """`GET /v3/catalog/trees/{tree_id}/categories` (getCategoryTree).

        Returns a list of `CategoryNode` objects.

        Args:
            tree_id: `int`, the path's `{tree_id}`.
            query: the query parameters (`V3CatalogTreesCategoriesGetCategoryTreeQuery`).
        """
        return self._call(
            self._op_get_category_tree,
            f"catalog/trees/{segment(tree_id)}/categories",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[SuccessNoContent]] = Operation(
        method="PUT",
        path="catalog/trees/categories",
        version="v3",
        result="one",
        model=SuccessNoContent,
        body_type=list[TreeCategoryUpdateManyItem],
        operation_id="updateCategories",
    )

    def update_many(
        self,
        body: list[TreeCategoryUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SuccessNoContent:
        """`PUT /v3/catalog/trees/categories` (updateCategories).

        Returns one `SuccessNoContent`.

        Args:
            body: `list[TreeCategoryUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/trees/categories",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
