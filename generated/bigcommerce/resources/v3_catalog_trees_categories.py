# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogTreesCategories` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.category_node import CategoryNode
from ..models.create_categories_item import CreateCategoriesItemCreate
from ..models.get_categories import GetCategories
from ..models.success_no_content_response import SuccessNoContentResponse
from ..models.update_categories_item import UpdateCategoriesItemUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogTreesCategoriesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    category_id__in: list[int]
    category_id__not_in: list[int]
    category_uuid__in: list[str]
    category_uuid__not_in: list[str]
    exclude_fields: list[str]
    include_fields: list[str]
    is_visible: bool
    keyword: str
    limit: int
    name: str
    name__like: str
    page: int
    page_title: str
    page_title__like: str
    parent_id__in: list[int]
    parent_id__not_in: list[int]
    tree_id__in: list[int]
    tree_id__not_in: list[int]


@with_config(REQUEST_CONFIG)
class V3CatalogTreesCategoriesDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    category_id__in: list[int]
    category_uuid__in: list[str]
    parent_id__in: list[int]
    tree_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3CatalogTreesCategoriesGetCategoryTreeQuery(TypedDict, total=False):
    """Query parameters of `get_category_tree`; `x__in` is sent as `x:in`; unknown keys are
    refused.
    """

    depth: int


class V3CatalogTreesCategories(NodeResource):
    """`api.catalog.trees.categories` (v3): all, iterall, create_many, delete_all,
    get_category_tree, update_many.
    """

    _version = "v3"

    def all(self, **query: Unpack[V3CatalogTreesCategoriesAllQuery]) -> list[GetCategories]:
        """`GET /v3/catalog/trees/categories` (getAllCategories)."""
        return self._many(
            GetCategories,
            "GET",
            "catalog/trees/categories",
            query,
            V3CatalogTreesCategoriesAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CatalogTreesCategoriesAllQuery]
    ) -> Iterator[GetCategories]:
        """Every item of every page of `GET /v3/catalog/trees/categories` (getAllCategories), one
        page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the
        background.
        """
        return self._pages(
            GetCategories,
            "GET",
            "catalog/trees/categories",
            query,
            V3CatalogTreesCategoriesAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create_many(self, body: list[CreateCategoriesItemCreate], /) -> list[GetCategories]:
        """`POST /v3/catalog/trees/categories` (createCategories)."""
        return self._many(
            GetCategories,
            "POST",
            "catalog/trees/categories",
            {},
            None,
            body=body,
            body_type=list[CreateCategoriesItemCreate],
            envelope=True,
        )

    def delete_all(
        self, **query: Unpack[V3CatalogTreesCategoriesDeleteAllQuery]
    ) -> SuccessNoContentResponse:
        """`DELETE /v3/catalog/trees/categories` (deleteTreeCategories)."""
        return self._one(
            SuccessNoContentResponse,
            "DELETE",
            "catalog/trees/categories",
            query,
            V3CatalogTreesCategoriesDeleteAllQuery,
        )

    def get_category_tree(
        self, tree_id: int, /, **query: Unpack[V3CatalogTreesCategoriesGetCategoryTreeQuery]
    ) -> list[CategoryNode]:
        """`GET /v3/catalog/trees/{tree_id}/categories` (getCategoryTree)."""
        return self._many(
            CategoryNode,
            "GET",
            f"catalog/trees/{segment(tree_id)}/categories",
            query,
            V3CatalogTreesCategoriesGetCategoryTreeQuery,
            envelope=True,
        )

    def update_many(self, body: list[UpdateCategoriesItemUpdate], /) -> SuccessNoContentResponse:
        """`PUT /v3/catalog/trees/categories` (updateCategories)."""
        return self._one(
            SuccessNoContentResponse,
            "PUT",
            "catalog/trees/categories",
            {},
            None,
            body=body,
            body_type=list[UpdateCategoriesItemUpdate],
        )
