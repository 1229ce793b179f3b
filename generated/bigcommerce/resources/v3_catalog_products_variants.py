# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsVariants` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.product_variant_post import ProductVariantPostCreate
from ..models.product_variant_put import ProductVariantPutUpdate
from ..models.product_variants_catalog_v3_product_variant_full import (
    ProductVariantsCatalogV3ProductVariantFull,
)

if TYPE_CHECKING:
    from .v3_catalog_products_variants_image import V3CatalogProductsVariantsImage
    from .v3_catalog_products_variants_metafields import V3CatalogProductsVariantsMetafields


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVariantsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVariantsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsVariants(NodeResource):
    """`api.catalog.products.variants` (v3): all, iterall, create, delete, get, update."""

    _version = "v3"

    @cached_property
    def image(self) -> V3CatalogProductsVariantsImage:
        from .v3_catalog_products_variants_image import V3CatalogProductsVariantsImage

        return V3CatalogProductsVariantsImage(self._connection)

    @cached_property
    def metafields(self) -> V3CatalogProductsVariantsMetafields:
        from .v3_catalog_products_variants_metafields import V3CatalogProductsVariantsMetafields

        return V3CatalogProductsVariantsMetafields(self._connection)

    def all(
        self, product_id: int, /, **query: Unpack[V3CatalogProductsVariantsAllQuery]
    ) -> list[ProductVariantsCatalogV3ProductVariantFull]:
        """`GET /v3/catalog/products/{product_id}/variants` (getProductVariants)."""
        return self._many(
            ProductVariantsCatalogV3ProductVariantFull,
            "GET",
            f"catalog/products/{segment(product_id)}/variants",
            query,
            V3CatalogProductsVariantsAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        product_id: int,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3CatalogProductsVariantsAllQuery],
    ) -> Iterator[ProductVariantsCatalogV3ProductVariantFull]:
        """Every item of every page of `GET /v3/catalog/products/{product_id}/variants`
        (getProductVariants), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._pages(
            ProductVariantsCatalogV3ProductVariantFull,
            "GET",
            f"catalog/products/{segment(product_id)}/variants",
            query,
            V3CatalogProductsVariantsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(
        self, product_id: int, body: ProductVariantPostCreate, /
    ) -> ProductVariantsCatalogV3ProductVariantFull:
        """`POST /v3/catalog/products/{product_id}/variants` (createProductVariant)."""
        return self._one(
            ProductVariantsCatalogV3ProductVariantFull,
            "POST",
            f"catalog/products/{segment(product_id)}/variants",
            {},
            None,
            body=body,
            body_type=ProductVariantPostCreate,
            envelope=True,
        )

    def delete(self, product_id: int, variant_id: int, /) -> None:
        """`DELETE /v3/catalog/products/{product_id}/variants/{variant_id}`
        (deleteProductVariant).
        """
        return self._nothing(
            "DELETE",
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}",
            {},
            None,
        )

    def get(
        self,
        product_id: int,
        variant_id: int,
        /,
        **query: Unpack[V3CatalogProductsVariantsGetQuery],
    ) -> ProductVariantsCatalogV3ProductVariantFull:
        """`GET /v3/catalog/products/{product_id}/variants/{variant_id}` (getProductVariant)."""
        return self._one(
            ProductVariantsCatalogV3ProductVariantFull,
            "GET",
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}",
            query,
            V3CatalogProductsVariantsGetQuery,
            envelope=True,
        )

    def update(
        self, product_id: int, variant_id: int, body: ProductVariantPutUpdate, /
    ) -> ProductVariantsCatalogV3ProductVariantFull:
        """`PUT /v3/catalog/products/{product_id}/variants/{variant_id}` (updateProductVariant)."""
        return self._one(
            ProductVariantsCatalogV3ProductVariantFull,
            "PUT",
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}",
            {},
            None,
            body=body,
            body_type=ProductVariantPutUpdate,
            envelope=True,
        )
