# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsModifiers` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.create_product_modifier_response_data import CreateProductModifierResponseData
from ..models.product_modifier_post import ProductModifierPostCreate
from ..models.product_modifiers_catalog_v3_product_modifier_full import (
    ProductModifiersCatalogV3ProductModifierFull,
)
from ..models.update_product_modifier_request import UpdateProductModifierRequestUpdate
from ..models.update_product_modifier_response_data import UpdateProductModifierResponseData

if TYPE_CHECKING:
    from .v3_catalog_products_modifiers_values import V3CatalogProductsModifiersValues


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsModifiers(NodeResource):
    """`api.catalog.products.modifiers` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    @cached_property
    def values(self) -> V3CatalogProductsModifiersValues:
        from .v3_catalog_products_modifiers_values import V3CatalogProductsModifiersValues

        return V3CatalogProductsModifiersValues(self._connection)

    def all(
        self, product_id: int, /, **query: Unpack[V3CatalogProductsModifiersAllQuery]
    ) -> list[ProductModifiersCatalogV3ProductModifierFull]:
        """`GET /v3/catalog/products/{product_id}/modifiers` (getProductModifiers)."""
        return self._many(
            ProductModifiersCatalogV3ProductModifierFull,
            "GET",
            f"catalog/products/{segment(product_id)}/modifiers",
            query,
            V3CatalogProductsModifiersAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        product_id: int,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3CatalogProductsModifiersAllQuery],
    ) -> Iterator[ProductModifiersCatalogV3ProductModifierFull]:
        """Every item of every page of `GET /v3/catalog/products/{product_id}/modifiers`
        (getProductModifiers), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._pages(
            ProductModifiersCatalogV3ProductModifierFull,
            "GET",
            f"catalog/products/{segment(product_id)}/modifiers",
            query,
            V3CatalogProductsModifiersAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(
        self, product_id: int, body: ProductModifierPostCreate, /
    ) -> CreateProductModifierResponseData:
        """`POST /v3/catalog/products/{product_id}/modifiers` (createProductModifier)."""
        return self._one(
            CreateProductModifierResponseData,
            "POST",
            f"catalog/products/{segment(product_id)}/modifiers",
            {},
            None,
            body=body,
            body_type=ProductModifierPostCreate,
            envelope=True,
        )

    def delete(self, product_id: int, modifier_id: int, /) -> None:
        """`DELETE /v3/catalog/products/{product_id}/modifiers/{modifier_id}`
        (deleteProductModifier).
        """
        return self._nothing(
            "DELETE",
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            {},
            None,
        )

    def get(
        self,
        product_id: int,
        modifier_id: int,
        /,
        **query: Unpack[V3CatalogProductsModifiersGetQuery],
    ) -> ProductModifiersCatalogV3ProductModifierFull:
        """`GET /v3/catalog/products/{product_id}/modifiers/{modifier_id}` (getProductModifier)."""
        return self._one(
            ProductModifiersCatalogV3ProductModifierFull,
            "GET",
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            query,
            V3CatalogProductsModifiersGetQuery,
            envelope=True,
        )

    def update(
        self, product_id: int, modifier_id: int, body: UpdateProductModifierRequestUpdate, /
    ) -> UpdateProductModifierResponseData:
        """`PUT /v3/catalog/products/{product_id}/modifiers/{modifier_id}`
        (updateProductModifier).
        """
        return self._one(
            UpdateProductModifierResponseData,
            "PUT",
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            {},
            None,
            body=body,
            body_type=UpdateProductModifierRequestUpdate,
            envelope=True,
        )
