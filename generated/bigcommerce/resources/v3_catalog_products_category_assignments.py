# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsCategoryAssignments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.product_category_assignment import (
    ProductCategoryAssignment,
    ProductCategoryAssignmentUpdate,
)


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCategoryAssignmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    category_id__in: list[int]
    limit: int
    page: int
    product_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCategoryAssignmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    category_id__in: list[int]
    product_id__in: list[int]


class V3CatalogProductsCategoryAssignments(NodeResource):
    """`api.catalog.products.category_assignments` (v3): all, iterall, delete_all, update_many."""

    _version = "v3"

    def all(
        self, **query: Unpack[V3CatalogProductsCategoryAssignmentsAllQuery]
    ) -> list[ProductCategoryAssignment]:
        """`GET /v3/catalog/products/category-assignments` (getProductsCategoryAssignments)."""
        return self._many(
            ProductCategoryAssignment,
            "GET",
            "catalog/products/category-assignments",
            query,
            V3CatalogProductsCategoryAssignmentsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CatalogProductsCategoryAssignmentsAllQuery]
    ) -> Iterator[ProductCategoryAssignment]:
        """Every item of every page of `GET /v3/catalog/products/category-assignments`
        (getProductsCategoryAssignments), one page in memory at a time. `prefetch=N` fetches
        up to N more pages ahead, in the background.
        """
        return self._pages(
            ProductCategoryAssignment,
            "GET",
            "catalog/products/category-assignments",
            query,
            V3CatalogProductsCategoryAssignmentsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def delete_all(
        self, **query: Unpack[V3CatalogProductsCategoryAssignmentsDeleteAllQuery]
    ) -> None:
        """`DELETE /v3/catalog/products/category-assignments`
        (deleteProductsCategoryAssignments).
        """
        return self._nothing(
            "DELETE",
            "catalog/products/category-assignments",
            query,
            V3CatalogProductsCategoryAssignmentsDeleteAllQuery,
        )

    def update_many(self, body: list[ProductCategoryAssignmentUpdate], /) -> None:
        """`PUT /v3/catalog/products/category-assignments` (createProductsCategoryAssignments)."""
        return self._nothing(
            "PUT",
            "catalog/products/category-assignments",
            {},
            None,
            body=body,
            body_type=list[ProductCategoryAssignmentUpdate],
        )
