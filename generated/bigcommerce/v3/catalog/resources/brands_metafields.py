# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogBrandsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.metafield import Metafield
from ...shared.models.metafield_create import MetafieldCreate
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item import MetafieldUpdateManyItem
from ..models.brand_metafield_update import BrandMetafieldUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsMetafieldsAllQuery(TypedDict, total=False):
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
    exclude_fields: list[str]
    id: int
    id__greater: list[int]
    """Sent as `id:greater`."""
    id__in: list[int]
    """Sent as `id:in`."""
    id__less: list[int]
    """Sent as `id:less`."""
    id__max: list[int]
    """Sent as `id:max`."""
    id__min: list[int]
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


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsMetafieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogBrandsMetafields(NodeResource):
    """`api.catalog.brands.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="catalog/brands/{brand_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3CatalogBrandsMetafieldsAllQuery,
        envelope=True,
        operation_id="getBrandMetafields",
    )

    def all(
        self,
        brand_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/catalog/brands/{brand_id}/metafields` (getBrandMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            brand_id: `int`, the path's `{brand_id}`; without it: `GET
                /v3/catalog/brands/metafields`.
            query: the query parameters (`V3CatalogBrandsMetafieldsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_all,
            f"catalog/brands/{segment(brand_id)}/metafields"
            if brand_id is not None
            else "catalog/brands/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="catalog/brands/{brand_id}/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3CatalogBrandsMetafieldsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getBrandMetafields",
    )

    def iterall(
        self,
        brand_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/catalog/brands/{brand_id}/metafields` (getBrandMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            brand_id: `int`, the path's `{brand_id}`; without it: `GET
                /v3/catalog/brands/metafields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogBrandsMetafieldsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"catalog/brands/{segment(brand_id)}/metafields"
            if brand_id is not None
            else "catalog/brands/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="catalog/brands/{brand_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldCreate,
        envelope=True,
        operation_id="createBrandMetafield",
    )

    def create(
        self,
        brand_id: int,
        body: MetafieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`POST /v3/catalog/brands/{brand_id}/metafields` (createBrandMetafield).

        Returns one `Metafield`.

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            body: `MetafieldCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/brands/{segment(brand_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="catalog/brands/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createBrandsMetafields",
    )

    def create_many(
        self,
        body: list[MetafieldCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`POST /v3/catalog/brands/metafields` (createBrandsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "catalog/brands/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/brands/{brand_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteBrandMetafield",
    )

    def delete(
        self,
        brand_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/brands/{brand_id}/metafields/{metafield_id}` (deleteBrandMetafield).

        Returns None (the answer has no body).

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/brands/{segment(brand_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="catalog/brands/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteBrandsMetafields",
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
        """`DELETE /v3/catalog/brands/metafields` (deleteBrandsMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "catalog/brands/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="catalog/brands/{brand_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        query_type=V3CatalogBrandsMetafieldsGetQuery,
        envelope=True,
        operation_id="getBrandMetafield",
    )

    def get(
        self,
        brand_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsMetafieldsGetQuery],
    ) -> Metafield:
        """`GET /v3/catalog/brands/{brand_id}/metafields/{metafield_id}` (getBrandMetafield).

        Returns one `Metafield`.

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            query: the query parameters (`V3CatalogBrandsMetafieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/brands/{segment(brand_id)}/metafields/{segment(metafield_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="catalog/brands/{brand_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=BrandMetafieldUpdate,
        envelope=True,
        operation_id="updateBrandMetafield",
    )

    def update(
        self,
        brand_id: int,
        metafield_id: int,
        body: BrandMetafieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/catalog/brands/{brand_id}/metafields/{metafield_id}` (updateBrandMetafield).

        Returns one `Metafield`.

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `BrandMetafieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/brands/{segment(brand_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="catalog/brands/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateBrandsMetafields",
    )

    def update_many(
        self,
        body: list[MetafieldUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`PUT /v3/catalog/brands/metafields` (updateBrandsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "catalog/brands/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
