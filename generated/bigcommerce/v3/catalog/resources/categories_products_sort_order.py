# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesProductsSortOrder` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_sort_order_update_many_item import (
    ProductSortOrderUpdateManyItem,
    ProductSortOrderUpdateManyItemBody,
)


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesProductsSortOrderAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesProductsSortOrderUpdateManyQuery(TypedDict, total=False):
    """Query parameters of `update_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    page: int


class V3CatalogCategoriesProductsSortOrder(NodeResource):
    """`api.catalog.categories.products.sort_order` (v3): all, iterall, update_many."""

    _op_all: ClassVar[Operation[list[ProductSortOrderUpdateManyItem]]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}/products/sort-order",
        version="v3",
        result="many",
        model=ProductSortOrderUpdateManyItem,
        query_type=V3CatalogCategoriesProductsSortOrderAllQuery,
        envelope=True,
        operation_id="getCategorySortOrders",
    )

    def all(
        self,
        category_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesProductsSortOrderAllQuery],
    ) -> list[ProductSortOrderUpdateManyItem]:
        """`GET /v3/catalog/categories/{category_id}/products/sort-order` (getCategorySortOrders).

        Returns one page of `ProductSortOrderUpdateManyItem` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            category_id: `int`, the path's `{category_id}`.
            query: the query parameters (`V3CatalogCategoriesProductsSortOrderAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/categories/{segment(category_id)}/products/sort-order",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductSortOrderUpdateManyItem]]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}/products/sort-order",
        version="v3",
        result="pages",
        model=ProductSortOrderUpdateManyItem,
        query_type=V3CatalogCategoriesProductsSortOrderAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getCategorySortOrders",
    )

    def iterall(
        self,
        category_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesProductsSortOrderAllQuery],
    ) -> Iterator[ProductSortOrderUpdateManyItem]:
        """`GET /v3/catalog/categories/{category_id}/products/sort-order` (getCategorySortOrders).

        Yields every `ProductSortOrderUpdateManyItem` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            category_id: `int`, the path's `{category_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogCategoriesProductsSortOrderAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/categories/{segment(category_id)}/products/sort-order",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[ProductSortOrderUpdateManyItem]]] = Operation(
        method="PUT",
        path="catalog/categories/{category_id}/products/sort-order",
        version="v3",
        result="many",
        model=ProductSortOrderUpdateManyItem,
        query_type=V3CatalogCategoriesProductsSortOrderUpdateManyQuery,
        body_type=list[ProductSortOrderUpdateManyItemBody],
        operation_id="updateCategorySortOrders",
    )

    def update_many(
        self,
        category_id: int,
        body: list[ProductSortOrderUpdateManyItemBody],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesProductsSortOrderUpdateManyQuery],
    ) -> list[ProductSortOrderUpdateManyItem]:
        """`PUT /v3/catalog/categories/{category_id}/products/sort-order`
        (updateCategorySortOrders).

        Returns a list of `ProductSortOrderUpdateManyItem` objects.

        Args:
            category_id: `int`, the path's `{category_id}`.
            body: `list[ProductSortOrderUpdateManyItemBody]`, the request body.
            query: the query parameters (`V3CatalogCategoriesProductsSortOrderUpdateManyQuery`).
        """
        return self._call(
            self._op_update_many,
            f"catalog/categories/{segment(category_id)}/products/sort-order",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
