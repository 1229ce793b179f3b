# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogBrands` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.brand_full import BrandFull
from ..models.create_brand_request import CreateBrandRequestCreate
from ..models.create_brand_response_data import CreateBrandResponseData
from ..models.update_brand_request import UpdateBrandRequestUpdate
from ..models.update_brand_response_data import UpdateBrandResponseData

if TYPE_CHECKING:
    from .v3_catalog_brands_image import V3CatalogBrandsImage
    from .v3_catalog_brands_metafields import V3CatalogBrandsMetafields


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    direction: Literal["asc", "desc"]
    exclude_fields: list[str]
    id: int
    id__greater: list[int]
    id__in: list[int]
    id__less: list[int]
    id__max: list[int]
    id__min: list[int]
    id__not_in: list[int]
    include_fields: list[str]
    limit: int
    name: str
    name__like: str
    page: int
    page_title: str
    sort: Literal["name"]


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    name: Required[str]
    page_title: str


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogBrands(NodeResource):
    """`api.catalog.brands` (v3): all, iterall, create, delete, delete_many, get, update."""

    _version = "v3"

    @cached_property
    def image(self) -> V3CatalogBrandsImage:
        from .v3_catalog_brands_image import V3CatalogBrandsImage

        return V3CatalogBrandsImage(self._connection)

    @cached_property
    def metafields(self) -> V3CatalogBrandsMetafields:
        from .v3_catalog_brands_metafields import V3CatalogBrandsMetafields

        return V3CatalogBrandsMetafields(self._connection)

    def all(self, **query: Unpack[V3CatalogBrandsAllQuery]) -> list[BrandFull]:
        """`GET /v3/catalog/brands` (getBrands)."""
        return self._many(
            BrandFull, "GET", "catalog/brands", query, V3CatalogBrandsAllQuery, envelope=True
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CatalogBrandsAllQuery]
    ) -> Iterator[BrandFull]:
        """Every item of every page of `GET /v3/catalog/brands` (getBrands), one page in memory
        at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._pages(
            BrandFull,
            "GET",
            "catalog/brands",
            query,
            V3CatalogBrandsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(self, body: CreateBrandRequestCreate, /) -> CreateBrandResponseData:
        """`POST /v3/catalog/brands` (createBrand)."""
        return self._one(
            CreateBrandResponseData,
            "POST",
            "catalog/brands",
            {},
            None,
            body=body,
            body_type=CreateBrandRequestCreate,
            envelope=True,
        )

    def delete(self, brand_id: int, /) -> None:
        """`DELETE /v3/catalog/brands/{brand_id}` (deleteBrand)."""
        return self._nothing("DELETE", f"catalog/brands/{segment(brand_id)}", {}, None)

    def delete_many(self, **query: Unpack[V3CatalogBrandsDeleteManyQuery]) -> None:
        """`DELETE /v3/catalog/brands` (deleteBrands)."""
        return self._nothing("DELETE", "catalog/brands", query, V3CatalogBrandsDeleteManyQuery)

    def get(self, brand_id: int, /, **query: Unpack[V3CatalogBrandsGetQuery]) -> BrandFull:
        """`GET /v3/catalog/brands/{brand_id}` (getBrand)."""
        return self._one(
            BrandFull,
            "GET",
            f"catalog/brands/{segment(brand_id)}",
            query,
            V3CatalogBrandsGetQuery,
            envelope=True,
        )

    def update(self, brand_id: int, body: UpdateBrandRequestUpdate, /) -> UpdateBrandResponseData:
        """`PUT /v3/catalog/brands/{brand_id}` (updateBrand)."""
        return self._one(
            UpdateBrandResponseData,
            "PUT",
            f"catalog/brands/{segment(brand_id)}",
            {},
            None,
            body=body,
            body_type=UpdateBrandRequestUpdate,
            envelope=True,
        )
