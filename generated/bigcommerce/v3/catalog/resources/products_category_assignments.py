# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsCategoryAssignments` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_category_assignment_update_many_item import (
    ProductCategoryAssignmentUpdateManyBody,
    ProductCategoryAssignmentUpdateManyItem,
)


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCategoryAssignmentsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    category_id__in: list[int]
    """Sent as `category_id:in`."""
    limit: int
    """At most 250. Default `50`."""
    page: int
    product_id__in: list[int]
    """Sent as `product_id:in`."""


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCategoryAssignmentsDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    category_id__in: list[int]
    """Sent as `category_id:in`."""
    product_id__in: list[int]
    """Sent as `product_id:in`."""


class V3CatalogProductsCategoryAssignments(NodeResource):
    """`api.catalog.products.category_assignments` (v3): all, iterall, delete_all, update_many."""

    _op_all: ClassVar[Operation[list[ProductCategoryAssignmentUpdateManyItem]]] = Operation(
        method="GET",
        path="catalog/products/category-assignments",
        version="v3",
        result="many",
        model=ProductCategoryAssignmentUpdateManyItem,
        query_type=V3CatalogProductsCategoryAssignmentsAllQuery,
        envelope=True,
        operation_id="getProductsCategoryAssignments",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsCategoryAssignmentsAllQuery],
    ) -> list[ProductCategoryAssignmentUpdateManyItem]:
        """`GET /v3/catalog/products/category-assignments` (getProductsCategoryAssignments).

        Returns one page of `ProductCategoryAssignmentUpdateManyItem` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogProductsCategoryAssignmentsAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/products/category-assignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductCategoryAssignmentUpdateManyItem]]] = Operation(
        method="GET",
        path="catalog/products/category-assignments",
        version="v3",
        result="pages",
        model=ProductCategoryAssignmentUpdateManyItem,
        query_type=V3CatalogProductsCategoryAssignmentsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductsCategoryAssignments",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsCategoryAssignmentsAllQuery],
    ) -> Iterator[ProductCategoryAssignmentUpdateManyItem]:
        """`GET /v3/catalog/products/category-assignments` (getProductsCategoryAssignments).

        Yields every `ProductCategoryAssignmentUpdateManyItem` of every page, one page in memory at
        a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsCategoryAssignmentsAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/products/category-assignments",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/category-assignments",
        version="v3",
        result="nothing",
        query_type=V3CatalogProductsCategoryAssignmentsDeleteAllQuery,
        operation_id="deleteProductsCategoryAssignments",
        filter_required=True,
    )

    def delete_all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsCategoryAssignmentsDeleteAllQuery],
    ) -> None:
        """`DELETE /v3/catalog/products/category-assignments` (deleteProductsCategoryAssignments).

        Returns None (the answer has no body).

        Refused before sending without at least one query filter: unfiltered, it would delete every
        item.

        Args:
            query: the query parameters (`V3CatalogProductsCategoryAssignmentsDeleteAllQuery`);
                `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_delete_all,
            "catalog/products/category-assignments",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[None]] = Operation(
        method="PUT",
        path="catalog/products/category-assignments",
        version="v3",
        result="nothing",
        body_type=list[ProductCategoryAssignmentUpdateManyBody],
        operation_id="createProductsCategoryAssignments",
    )

    def update_many(
        self,
        body: list[ProductCategoryAssignmentUpdateManyBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`PUT /v3/catalog/products/category-assignments` (createProductsCategoryAssignments).

        Returns None (the answer has no body).

        Args:
            body: `list[ProductCategoryAssignmentUpdateManyBody]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/products/category-assignments",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
