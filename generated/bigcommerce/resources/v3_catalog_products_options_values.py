# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsOptionsValues` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.create_product_variant_option_value_request import (
    CreateProductVariantOptionValueRequestCreate,
)
from ..models.create_product_variant_option_value_response_data import (
    CreateProductVariantOptionValueResponseData,
)
from ..models.get_product_variant_option_value_response_data import (
    GetProductVariantOptionValueResponseData,
)
from ..models.get_product_variant_option_values_response_data_item import (
    GetProductVariantOptionValuesResponseDataItem,
)
from ..models.update_product_variant_option_value_request import (
    UpdateProductVariantOptionValueRequestUpdate,
)
from ..models.update_product_variant_option_value_response_data import (
    UpdateProductVariantOptionValueResponseData,
)


@with_config(REQUEST_CONFIG)
class V3CatalogProductsOptionsValuesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]
    include_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsOptionsValuesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]
    include_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]


class V3CatalogProductsOptionsValues(NodeResource):
    """`api.catalog.products.options.values` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    def all(
        self,
        product_id: int,
        option_id: int,
        /,
        **query: Unpack[V3CatalogProductsOptionsValuesAllQuery],
    ) -> list[GetProductVariantOptionValuesResponseDataItem]:
        """`GET /v3/catalog/products/{product_id}/options/{option_id}/values`
        (getProductVariantOptionValues).
        """
        return self._many(
            GetProductVariantOptionValuesResponseDataItem,
            "GET",
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values",
            query,
            V3CatalogProductsOptionsValuesAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        product_id: int,
        option_id: int,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3CatalogProductsOptionsValuesAllQuery],
    ) -> Iterator[GetProductVariantOptionValuesResponseDataItem]:
        """Every item of every page of `GET
        /v3/catalog/products/{product_id}/options/{option_id}/values`
        (getProductVariantOptionValues), one page in memory at a time. `prefetch=N` fetches up
        to N more pages ahead, in the background.
        """
        return self._pages(
            GetProductVariantOptionValuesResponseDataItem,
            "GET",
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values",
            query,
            V3CatalogProductsOptionsValuesAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(
        self, product_id: int, option_id: int, body: CreateProductVariantOptionValueRequestCreate, /
    ) -> CreateProductVariantOptionValueResponseData:
        """`POST /v3/catalog/products/{product_id}/options/{option_id}/values`
        (createProductVariantOptionValue).
        """
        return self._one(
            CreateProductVariantOptionValueResponseData,
            "POST",
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values",
            {},
            None,
            body=body,
            body_type=CreateProductVariantOptionValueRequestCreate,
            envelope=True,
        )

    def delete(self, product_id: int, option_id: int, value_id: int, /) -> None:
        """`DELETE /v3/catalog/products/{product_id}/options/{option_id}/values/{value_id}`
        (deleteProductVariantOptionValue).
        """
        return self._nothing(
            "DELETE",
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values/{segment(value_id)}",
            {},
            None,
        )

    def get(
        self,
        product_id: int,
        option_id: int,
        value_id: int,
        /,
        **query: Unpack[V3CatalogProductsOptionsValuesGetQuery],
    ) -> GetProductVariantOptionValueResponseData:
        """`GET /v3/catalog/products/{product_id}/options/{option_id}/values/{value_id}`
        (getProductVariantOptionValue).
        """
        return self._one(
            GetProductVariantOptionValueResponseData,
            "GET",
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values/{segment(value_id)}",
            query,
            V3CatalogProductsOptionsValuesGetQuery,
            envelope=True,
        )

    def update(
        self,
        product_id: int,
        option_id: int,
        value_id: int,
        body: UpdateProductVariantOptionValueRequestUpdate,
        /,
    ) -> UpdateProductVariantOptionValueResponseData:
        """`PUT /v3/catalog/products/{product_id}/options/{option_id}/values/{value_id}`
        (updateProductVariantOptionValue).
        """
        return self._one(
            UpdateProductVariantOptionValueResponseData,
            "PUT",
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values/{segment(value_id)}",
            {},
            None,
            body=body,
            body_type=UpdateProductVariantOptionValueRequestUpdate,
            envelope=True,
        )
