# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogBrandsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.brands_catalog_v3_metafield import BrandsCatalogV3Metafield
from ..models.brands_catalog_v3_metafield_base import BrandsCatalogV3MetafieldBaseCreate
from ..models.brands_catalog_v3_metafield_full import BrandsCatalogV3MetafieldFull
from ..models.create_brands_metafields_request_item import CreateBrandsMetafieldsRequestItemCreate
from ..models.metafield_base_put import MetafieldBasePutUpdate
from ..models.update_brands_metafields_request_item import UpdateBrandsMetafieldsRequestItemUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created__max: str
    date_created__min: str
    date_modified__max: str
    date_modified__min: str
    direction: Literal["asc", "desc"]
    include_fields: list[
        Literal[
            "resource_id",
            "key",
            "value",
            "namespace",
            "permission_set",
            "resource_type",
            "description",
            "owner_client_id",
            "date_created",
            "date_modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsMetafieldsGetBrandMetafieldsQuery(TypedDict, total=False):
    """Query parameters of `get_brand_metafields`; `x__in` is sent as `x:in`; unknown keys are
    refused.
    """

    after: str
    before: str
    exclude_fields: list[str]
    id: int
    id__greater: list[int]
    id__in: list[int]
    id__less: list[int]
    id__max: list[int]
    id__min: list[int]
    id__not_in: list[int]
    include_fields: list[str]
    key: str
    limit: int
    namespace: str
    page: int


class V3CatalogBrandsMetafields(NodeResource):
    """`api.catalog.brands.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, get_brand_metafields, update, update_many.
    """

    _version = "v3"

    def all(
        self, **query: Unpack[V3CatalogBrandsMetafieldsAllQuery]
    ) -> list[BrandsCatalogV3Metafield]:
        """`GET /v3/catalog/brands/metafields` (getBrandsMetafields)."""
        return self._many(
            BrandsCatalogV3Metafield,
            "GET",
            "catalog/brands/metafields",
            query,
            V3CatalogBrandsMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CatalogBrandsMetafieldsAllQuery]
    ) -> Iterator[BrandsCatalogV3Metafield]:
        """Every item of every page of `GET /v3/catalog/brands/metafields` (getBrandsMetafields),
        one page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in the
        background.
        """
        return self._pages(
            BrandsCatalogV3Metafield,
            "GET",
            "catalog/brands/metafields",
            query,
            V3CatalogBrandsMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(
        self, brand_id: int, body: BrandsCatalogV3MetafieldBaseCreate, /
    ) -> BrandsCatalogV3MetafieldFull:
        """`POST /v3/catalog/brands/{brand_id}/metafields` (createBrandMetafield)."""
        return self._one(
            BrandsCatalogV3MetafieldFull,
            "POST",
            f"catalog/brands/{segment(brand_id)}/metafields",
            {},
            None,
            body=body,
            body_type=BrandsCatalogV3MetafieldBaseCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CreateBrandsMetafieldsRequestItemCreate], /
    ) -> list[BrandsCatalogV3Metafield]:
        """`POST /v3/catalog/brands/metafields` (createBrandsMetafields)."""
        return self._many(
            BrandsCatalogV3Metafield,
            "POST",
            "catalog/brands/metafields",
            {},
            None,
            body=body,
            body_type=list[CreateBrandsMetafieldsRequestItemCreate],
            envelope=True,
        )

    def delete(self, brand_id: int, metafield_id: int, /) -> None:
        """`DELETE /v3/catalog/brands/{brand_id}/metafields/{metafield_id}`
        (deleteBrandMetafield).
        """
        return self._nothing(
            "DELETE",
            f"catalog/brands/{segment(brand_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
        )

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/catalog/brands/metafields` (deleteBrandsMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "catalog/brands/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(
        self,
        brand_id: int,
        metafield_id: int,
        /,
        **query: Unpack[V3CatalogBrandsMetafieldsGetQuery],
    ) -> BrandsCatalogV3MetafieldFull:
        """`GET /v3/catalog/brands/{brand_id}/metafields/{metafield_id}` (getBrandMetafield)."""
        return self._one(
            BrandsCatalogV3MetafieldFull,
            "GET",
            f"catalog/brands/{segment(brand_id)}/metafields/{segment(metafield_id)}",
            query,
            V3CatalogBrandsMetafieldsGetQuery,
            envelope=True,
        )

    def get_brand_metafields(
        self, brand_id: int, /, **query: Unpack[V3CatalogBrandsMetafieldsGetBrandMetafieldsQuery]
    ) -> list[BrandsCatalogV3MetafieldFull]:
        """`GET /v3/catalog/brands/{brand_id}/metafields` (getBrandMetafields)."""
        return self._many(
            BrandsCatalogV3MetafieldFull,
            "GET",
            f"catalog/brands/{segment(brand_id)}/metafields",
            query,
            V3CatalogBrandsMetafieldsGetBrandMetafieldsQuery,
            envelope=True,
        )

    def update(
        self, brand_id: int, metafield_id: int, body: MetafieldBasePutUpdate, /
    ) -> BrandsCatalogV3MetafieldFull:
        """`PUT /v3/catalog/brands/{brand_id}/metafields/{metafield_id}` (updateBrandMetafield)."""
        return self._one(
            BrandsCatalogV3MetafieldFull,
            "PUT",
            f"catalog/brands/{segment(brand_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=MetafieldBasePutUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateBrandsMetafieldsRequestItemUpdate], /
    ) -> list[BrandsCatalogV3Metafield]:
        """`PUT /v3/catalog/brands/metafields` (updateBrandsMetafields)."""
        return self._many(
            BrandsCatalogV3Metafield,
            "PUT",
            "catalog/brands/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateBrandsMetafieldsRequestItemUpdate],
            envelope=True,
        )
