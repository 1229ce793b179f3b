# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsReviews` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.create_product_review_request import CreateProductReviewRequestCreate
from ..models.create_product_review_response_data import CreateProductReviewResponseData
from ..models.get_product_review_response_data import GetProductReviewResponseData
from ..models.get_product_reviews_response_data_item import GetProductReviewsResponseDataItem
from ..models.update_product_review_request import UpdateProductReviewRequestUpdate
from ..models.update_product_review_response_data import UpdateProductReviewResponseData


@with_config(REQUEST_CONFIG)
class V3CatalogProductsReviewsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[
        Literal[
            "name",
            "type",
            "sku",
            "description",
            "weight",
            "width",
            "depth",
            "height",
            "price",
            "cost_price",
            "retail_price",
            "sale_price",
            "map_price",
            "tax_class_id",
            "product_tax_code",
            "calculated_price",
            "categories",
            "brand_id",
            "option_set_id",
            "option_set_display",
            "inventory_level",
            "inventory_warning_level",
            "inventory_tracking",
            "reviews_rating_sum",
            "reviews_count",
            "total_sold",
            "fixed_cost_shipping_price",
            "is_free_shipping",
            "is_visible",
            "is_featured",
            "related_products",
            "warranty",
            "bin_picking_number",
            "layout_file",
            "upc",
            "mpn",
            "gtin",
            "date_last_imported",
            "search_keywords",
            "availability",
            "availability_description",
            "condition",
            "is_condition_shown",
            "order_quantity_minimum",
            "order_quantity_maximum",
            "page_title",
            "meta_keywords",
            "meta_description",
            "date_created",
            "date_modified",
            "view_count",
            "preorder_release_date",
            "preorder_message",
            "is_preorder_only",
            "is_price_hidden",
            "price_hidden_label",
            "custom_url",
            "base_variant_id",
            "open_graph_type",
            "open_graph_title",
            "open_graph_description",
            "open_graph_use_meta_description",
            "open_graph_use_product_name",
            "open_graph_use_image",
        ]
    ]
    limit: int
    page: int
    status: Literal[0, 1]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsReviewsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[
        Literal[
            "name",
            "type",
            "sku",
            "description",
            "weight",
            "width",
            "depth",
            "height",
            "price",
            "cost_price",
            "retail_price",
            "sale_price",
            "map_price",
            "tax_class_id",
            "product_tax_code",
            "calculated_price",
            "categories",
            "brand_id",
            "option_set_id",
            "option_set_display",
            "inventory_level",
            "inventory_warning_level",
            "inventory_tracking",
            "reviews_rating_sum",
            "reviews_count",
            "total_sold",
            "fixed_cost_shipping_price",
            "is_free_shipping",
            "is_visible",
            "is_featured",
            "related_products",
            "warranty",
            "bin_picking_number",
            "layout_file",
            "upc",
            "mpn",
            "gtin",
            "date_last_imported",
            "search_keywords",
            "availability",
            "availability_description",
            "condition",
            "is_condition_shown",
            "order_quantity_minimum",
            "order_quantity_maximum",
            "page_title",
            "meta_keywords",
            "meta_description",
            "date_created",
            "date_modified",
            "view_count",
            "preorder_release_date",
            "preorder_message",
            "is_preorder_only",
            "is_price_hidden",
            "price_hidden_label",
            "custom_url",
            "base_variant_id",
            "open_graph_type",
            "open_graph_title",
            "open_graph_description",
            "open_graph_use_meta_description",
            "open_graph_use_product_name",
            "open_graph_use_image",
        ]
    ]


class V3CatalogProductsReviews(NodeResource):
    """`api.catalog.products.reviews` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    def all(
        self, product_id: int, /, **query: Unpack[V3CatalogProductsReviewsAllQuery]
    ) -> list[GetProductReviewsResponseDataItem]:
        """`GET /v3/catalog/products/{product_id}/reviews` (getProductReviews)."""
        return self._many(
            GetProductReviewsResponseDataItem,
            "GET",
            f"catalog/products/{segment(product_id)}/reviews",
            query,
            V3CatalogProductsReviewsAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        product_id: int,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3CatalogProductsReviewsAllQuery],
    ) -> Iterator[GetProductReviewsResponseDataItem]:
        """Every item of every page of `GET /v3/catalog/products/{product_id}/reviews`
        (getProductReviews), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._pages(
            GetProductReviewsResponseDataItem,
            "GET",
            f"catalog/products/{segment(product_id)}/reviews",
            query,
            V3CatalogProductsReviewsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(
        self, product_id: int, body: CreateProductReviewRequestCreate, /
    ) -> CreateProductReviewResponseData:
        """`POST /v3/catalog/products/{product_id}/reviews` (createProductReview)."""
        return self._one(
            CreateProductReviewResponseData,
            "POST",
            f"catalog/products/{segment(product_id)}/reviews",
            {},
            None,
            body=body,
            body_type=CreateProductReviewRequestCreate,
            envelope=True,
        )

    def delete(self, product_id: int, review_id: int, /) -> None:
        """`DELETE /v3/catalog/products/{product_id}/reviews/{review_id}` (deleteProductReview)."""
        return self._nothing(
            "DELETE",
            f"catalog/products/{segment(product_id)}/reviews/{segment(review_id)}",
            {},
            None,
        )

    def get(
        self, product_id: int, review_id: int, /, **query: Unpack[V3CatalogProductsReviewsGetQuery]
    ) -> GetProductReviewResponseData:
        """`GET /v3/catalog/products/{product_id}/reviews/{review_id}` (getProductReview)."""
        return self._one(
            GetProductReviewResponseData,
            "GET",
            f"catalog/products/{segment(product_id)}/reviews/{segment(review_id)}",
            query,
            V3CatalogProductsReviewsGetQuery,
            envelope=True,
        )

    def update(
        self, product_id: int, review_id: int, body: UpdateProductReviewRequestUpdate, /
    ) -> UpdateProductReviewResponseData:
        """`PUT /v3/catalog/products/{product_id}/reviews/{review_id}` (updateProductReview)."""
        return self._one(
            UpdateProductReviewResponseData,
            "PUT",
            f"catalog/products/{segment(product_id)}/reviews/{segment(review_id)}",
            {},
            None,
            body=body,
            body_type=UpdateProductReviewRequestUpdate,
            envelope=True,
        )
