# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogCategoriesMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
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
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
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
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsCreateQuery(TypedDict, total=False):
    """Query parameters of `create`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
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
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


@with_config(REQUEST_CONFIG)
class V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery(TypedDict, total=False):
    """Query parameters of `get_category_metafields`; `x__in` is sent as `x:in` (either spelling
    may be given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
    direction: Literal["asc", "desc"]
    exclude_fields: list[str]
    id: int
    id__greater: int
    """Sent as `id:greater`."""
    id__in: list[int]
    """Sent as `id:in`."""
    id__less: int
    """Sent as `id:less`."""
    id__max: int
    """Sent as `id:max`."""
    id__min: int
    """Sent as `id:min`."""
    id__not_in: list[int]
    """Sent as `id:not_in`."""
    include_fields: list[str]
    key: str
    key__in: list[str]
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


class V3CatalogCategoriesMetafields(NodeResource):
    """`api.catalog.categories.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, get_category_metafields, update, update_many.
    """

    _op_all: ClassVar[Operation[list[BrandsCatalogV3Metafield]]] = Operation(
        method="GET",
        path="catalog/categories/metafields",
        version="v3",
        result="many",
        model=BrandsCatalogV3Metafield,
        query_type=V3CatalogCategoriesMetafieldsAllQuery,
        envelope=True,
        operation_id="getCategoriesMetafields",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsAllQuery],
    ) -> list[BrandsCatalogV3Metafield]:
        """`GET /v3/catalog/categories/metafields` (getCategoriesMetafields).

        Returns one page of `BrandsCatalogV3Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogCategoriesMetafieldsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/categories/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[BrandsCatalogV3Metafield]]] = Operation(
        method="GET",
        path="catalog/categories/metafields",
        version="v3",
        result="pages",
        model=BrandsCatalogV3Metafield,
        query_type=V3CatalogCategoriesMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getCategoriesMetafields",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsAllQuery],
    ) -> Iterator[BrandsCatalogV3Metafield]:
        """`GET /v3/catalog/categories/metafields` (getCategoriesMetafields).

        Yields every `BrandsCatalogV3Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogCategoriesMetafieldsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/categories/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CategoriesCatalogV3MetafieldFull]] = Operation(
        method="POST",
        path="catalog/categories/{category_id}/metafields",
        version="v3",
        result="one",
        model=CategoriesCatalogV3MetafieldFull,
        query_type=V3CatalogCategoriesMetafieldsCreateQuery,
        body_type=BrandsCatalogV3MetafieldBaseCreate,
        envelope=True,
        operation_id="createCategoryMetafield",
    )

    def create(
        self,
        category_id: int,
        body: BrandsCatalogV3MetafieldBaseCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsCreateQuery],
    ) -> CategoriesCatalogV3MetafieldFull:
        """`POST /v3/catalog/categories/{category_id}/metafields` (createCategoryMetafield).

        Returns one `CategoriesCatalogV3MetafieldFull`.

        Args:
            category_id: `int`, the path's `{category_id}`.
            body: `BrandsCatalogV3MetafieldBaseCreate`, the request body.
            query: the query parameters (`V3CatalogCategoriesMetafieldsCreateQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_create,
            f"catalog/categories/{segment(category_id)}/metafields",
            query=query,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[BrandsCatalogV3Metafield]]] = Operation(
        method="POST",
        path="catalog/categories/metafields",
        version="v3",
        result="many",
        model=BrandsCatalogV3Metafield,
        body_type=list[CreateCategoriesMetafieldsRequestItemCreate],
        envelope=True,
        operation_id="createCategoriesMetafields",
    )

    def create_many(
        self,
        body: list[CreateCategoriesMetafieldsRequestItemCreate],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[BrandsCatalogV3Metafield]:
        """`POST /v3/catalog/categories/metafields` (createCategoriesMetafields).

        Returns a list of `BrandsCatalogV3Metafield` objects.

        Args:
            body: `list[CreateCategoriesMetafieldsRequestItemCreate]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "catalog/categories/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/categories/{category_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteCategoryMetafield",
    )

    def delete(
        self,
        category_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (deleteCategoryMetafield).

        Returns None (the answer has no body).

        Args:
            category_id: `int`, the path's `{category_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="catalog/categories/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteCategoriesMetafields",
    )

    def delete_many(
        self,
        body: list[int],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[int]:
        """`DELETE /v3/catalog/categories/metafields` (deleteCategoriesMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "catalog/categories/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CategoriesCatalogV3MetafieldFull]] = Operation(
        method="GET",
        path="catalog/categories/{category_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CategoriesCatalogV3MetafieldFull,
        query_type=V3CatalogCategoriesMetafieldsGetQuery,
        envelope=True,
        operation_id="getCategoryMetafield",
    )

    def get(
        self,
        category_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsGetQuery],
    ) -> CategoriesCatalogV3MetafieldFull:
        """`GET /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (getCategoryMetafield).

        Returns one `CategoriesCatalogV3MetafieldFull`.

        Args:
            category_id: `int`, the path's `{category_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            query: the query parameters (`V3CatalogCategoriesMetafieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get_category_metafields: ClassVar[Operation[list[CategoriesCatalogV3MetafieldFull]]] = (
        Operation(
            method="GET",
            path="catalog/categories/{category_id}/metafields",
            version="v3",
            result="many",
            model=CategoriesCatalogV3MetafieldFull,
            query_type=V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery,
            envelope=True,
            operation_id="getCategoryMetafields",
        )
    )

    def get_category_metafields(
        self,
        category_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery],
    ) -> list[CategoriesCatalogV3MetafieldFull]:
        """`GET /v3/catalog/categories/{category_id}/metafields` (getCategoryMetafields).

        Returns one page of `CategoriesCatalogV3MetafieldFull` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            category_id: `int`, the path's `{category_id}`.
            query: the query parameters
                (`V3CatalogCategoriesMetafieldsGetCategoryMetafieldsQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_get_category_metafields,
            f"catalog/categories/{segment(category_id)}/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CategoriesCatalogV3MetafieldFull]] = Operation(
        method="PUT",
        path="catalog/categories/{category_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=CategoriesCatalogV3MetafieldFull,
        body_type=BrandsCatalogV3MetafieldBaseUpdate,
        envelope=True,
        operation_id="updateCategoryMetafield",
    )

    def update(
        self,
        category_id: int,
        metafield_id: int,
        body: BrandsCatalogV3MetafieldBaseUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CategoriesCatalogV3MetafieldFull:
        """`PUT /v3/catalog/categories/{category_id}/metafields/{metafield_id}`
        (updateCategoryMetafield).

        Returns one `CategoriesCatalogV3MetafieldFull`.

        Args:
            category_id: `int`, the path's `{category_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `BrandsCatalogV3MetafieldBaseUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/categories/{segment(category_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[BrandsCatalogV3Metafield]]] = Operation(
        method="PUT",
        path="catalog/categories/metafields",
        version="v3",
        result="many",
        model=BrandsCatalogV3Metafield,
        body_type=list[UpdateCategoriesMetafieldsRequestItemUpdate],
        envelope=True,
        operation_id="updateCategoriesMetafields",
    )

    def update_many(
        self,
        body: list[UpdateCategoriesMetafieldsRequestItemUpdate],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[BrandsCatalogV3Metafield]:
        """`PUT /v3/catalog/categories/metafields` (updateCategoriesMetafields).

        Returns a list of `BrandsCatalogV3Metafield` objects.

        Args:
            body: `list[UpdateCategoriesMetafieldsRequestItemUpdate]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/categories/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
