# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.brands_catalog_v3_metafield import BrandsCatalogV3Metafield
from ..models.brands_catalog_v3_metafield_base import (
    BrandsCatalogV3MetafieldBaseCreate,
    BrandsCatalogV3MetafieldBaseUpdate,
)
from ..models.categories_catalog_v3_metafield_full import CategoriesCatalogV3MetafieldFull
from ..models.create_categories_metafields_request_item import (
    CreateCategoriesMetafieldsRequestItemCreate,
)
from ..models.update_categories_metafields_request_item import (
    UpdateCategoriesMetafieldsRequestItemUpdate,
)


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsAllQuery(TypedDict, total=False):
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
class V3CatalogCategoriesMetafieldsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in`; unknown keys are refused."""

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
class V3CatalogCategoriesMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    exclude_fields: list[str]
    include_fields: list[str]


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery(TypedDict, total=False):
    """Query parameters of `get_category_metafields`; `x__in` is sent as `x:in`; unknown keys are
    refused.
    """

    after: str
    before: str
    date_created__max: str
    date_created__min: str
    date_modified__max: str
    date_modified__min: str
    direction: Literal["asc", "desc"]
    exclude_fields: list[str]
    id: int
    id__greater: int
    id__in: list[int]
    id__less: int
    id__max: int
    id__min: int
    id__not_in: list[int]
    include_fields: list[str]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


class V3CatalogCategoriesMetafields(NodeResource):
    """`api.catalog.categories.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, get_category_metafields, update, update_many.
    """

    _version = "v3"

    def all(
        self, **query: Unpack[V3CatalogCategoriesMetafieldsAllQuery]
    ) -> list[BrandsCatalogV3Metafield]:
        """`GET /v3/catalog/categories/metafields` (getCategoriesMetafields)."""
        return self._many(
            BrandsCatalogV3Metafield,
            "GET",
            "catalog/categories/metafields",
            query,
            V3CatalogCategoriesMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self, *, prefetch: int = 0, **query: Unpack[V3CatalogCategoriesMetafieldsAllQuery]
    ) -> Iterator[BrandsCatalogV3Metafield]:
        """Every item of every page of `GET /v3/catalog/categories/metafields`
        (getCategoriesMetafields), one page in memory at a time. `prefetch=N` fetches up to N
        more pages ahead, in the background.
        """
        return self._pages(
            BrandsCatalogV3Metafield,
            "GET",
            "catalog/categories/metafields",
            query,
            V3CatalogCategoriesMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(
        self,
        category_id: int,
        body: BrandsCatalogV3MetafieldBaseCreate,
        /,
        **query: Unpack[V3CatalogCategoriesMetafieldsCreateQuery],
    ) -> CategoriesCatalogV3MetafieldFull:
        """`POST /v3/catalog/categories/{category_id}/metafields` (createCategoryMetafield)."""
        return self._one(
            CategoriesCatalogV3MetafieldFull,
            "POST",
            f"catalog/categories/{segment(category_id)}/metafields",
            query,
            V3CatalogCategoriesMetafieldsCreateQuery,
            body=body,
            body_type=BrandsCatalogV3MetafieldBaseCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CreateCategoriesMetafieldsRequestItemCreate], /
    ) -> list[BrandsCatalogV3Metafield]:
        """`POST /v3/catalog/categories/metafields` (createCategoriesMetafields)."""
        return self._many(
            BrandsCatalogV3Metafield,
            "POST",
            "catalog/categories/metafields",
            {},
            None,
            body=body,
            body_type=list[CreateCategoriesMetafieldsRequestItemCreate],
            envelope=True,
        )

    def delete(self, category_id: int, metafield_id: int, /) -> None:
        """`DELETE /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (deleteCategoryMetafield).
        """
        return self._nothing(
            "DELETE",
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
        )

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/catalog/categories/metafields` (deleteCategoriesMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "catalog/categories/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(
        self,
        category_id: int,
        metafield_id: int,
        /,
        **query: Unpack[V3CatalogCategoriesMetafieldsGetQuery],
    ) -> CategoriesCatalogV3MetafieldFull:
        """`GET /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (getCategoryMetafield).
        """
        return self._one(
            CategoriesCatalogV3MetafieldFull,
            "GET",
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            query,
            V3CatalogCategoriesMetafieldsGetQuery,
            envelope=True,
        )

    def get_category_metafields(
        self,
        category_id: int,
        /,
        **query: Unpack[V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery],
    ) -> list[CategoriesCatalogV3MetafieldFull]:
        """`GET /v3/catalog/categories/{category_id}/metafields` (getCategoryMetafields)."""
        return self._many(
            CategoriesCatalogV3MetafieldFull,
            "GET",
            f"catalog/categories/{segment(category_id)}/metafields",
            query,
            V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery,
            envelope=True,
        )

    def update(
        self, category_id: int, metafield_id: int, body: BrandsCatalogV3MetafieldBaseUpdate, /
    ) -> CategoriesCatalogV3MetafieldFull:
        """`PUT /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (updateCategoryMetafield).
        """
        return self._one(
            CategoriesCatalogV3MetafieldFull,
            "PUT",
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=BrandsCatalogV3MetafieldBaseUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateCategoriesMetafieldsRequestItemUpdate], /
    ) -> list[BrandsCatalogV3Metafield]:
        """`PUT /v3/catalog/categories/metafields` (updateCategoriesMetafields)."""
        return self._many(
            BrandsCatalogV3Metafield,
            "PUT",
            "catalog/categories/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateCategoriesMetafieldsRequestItemUpdate],
            envelope=True,
        )
