# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogBrands` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.brand import Brand
from ..models.brand_create_body import BrandCreate
from ..models.brand_update_body import BrandUpdate

if TYPE_CHECKING:
    from .brands_image import V3CatalogBrandsImage
    from .brands_metafields import V3CatalogBrandsMetafields


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

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
    limit: int
    name: str
    name__like: str
    """Sent as `name:like`."""
    page: int
    page_title: str
    sort: Literal["name"]


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    name: Required[str]
    """Required by the documents."""
    page_title: str


@with_config(REQUEST_CONFIG)
class V3CatalogBrandsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogBrands(NodeResource):
    """`api.catalog.brands` (v3): all, iterall, create, delete, delete_many, get, update."""

    @cached_property
    def image(self) -> V3CatalogBrandsImage:
        from .brands_image import V3CatalogBrandsImage

        return V3CatalogBrandsImage(self._connection)

    @cached_property
    def metafields(self) -> V3CatalogBrandsMetafields:
        from .brands_metafields import V3CatalogBrandsMetafields

        return V3CatalogBrandsMetafields(self._connection)

    _op_all: ClassVar[Operation[list[Brand]]] = Operation(
        method="GET",
        path="catalog/brands",
        version="v3",
        result="many",
        model=Brand,
        query_type=V3CatalogBrandsAllQuery,
        envelope=True,
        operation_id="getBrands",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsAllQuery],
    ) -> list[Brand]:
        """`GET /v3/catalog/brands` (getBrands).

        Returns one page of `Brand` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3CatalogBrandsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "catalog/brands",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Brand]]] = Operation(
        method="GET",
        path="catalog/brands",
        version="v3",
        result="pages",
        model=Brand,
        query_type=V3CatalogBrandsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getBrands",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsAllQuery],
    ) -> Iterator[Brand]:
        """`GET /v3/catalog/brands` (getBrands).

        Yields every `Brand` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogBrandsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "catalog/brands",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Brand]] = Operation(
        method="POST",
        path="catalog/brands",
        version="v3",
        result="one",
        model=Brand,
        body_type=BrandCreate,
        envelope=True,
        operation_id="createBrand",
    )

    def create(
        self,
        body: BrandCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Brand:
        """`POST /v3/catalog/brands` (createBrand).

        Returns one `Brand`.

        Args:
            body: `BrandCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "catalog/brands",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/brands/{brand_id}",
        version="v3",
        result="nothing",
        operation_id="deleteBrand",
    )

    def delete(
        self,
        brand_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/brands/{brand_id}` (deleteBrand).

        Returns None (the answer has no body).

        Args:
            brand_id: `int`, the path's `{brand_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/brands/{segment(brand_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/brands",
        version="v3",
        result="nothing",
        query_type=V3CatalogBrandsDeleteManyQuery,
        operation_id="deleteBrands",
        required_query=("name",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/catalog/brands` (deleteBrands).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `name`.

        Args:
            query: the query parameters (`V3CatalogBrandsDeleteManyQuery`).
        """
        return self._call(
            self._op_delete_many,
            "catalog/brands",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Brand]] = Operation(
        method="GET",
        path="catalog/brands/{brand_id}",
        version="v3",
        result="one",
        model=Brand,
        query_type=V3CatalogBrandsGetQuery,
        envelope=True,
        operation_id="getBrand",
    )

    def get(
        self,
        brand_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogBrandsGetQuery],
    ) -> Brand:
        """`GET /v3/catalog/brands/{brand_id}` (getBrand).

        Returns one `Brand`.

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            query: the query parameters (`V3CatalogBrandsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/brands/{segment(brand_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Brand]] = Operation(
        method="PUT",
        path="catalog/brands/{brand_id}",
        version="v3",
        result="one",
        model=Brand,
        body_type=BrandUpdate,
        envelope=True,
        operation_id="updateBrand",
    )

    def update(
        self,
        brand_id: int,
        body: BrandUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Brand:
        """`PUT /v3/catalog/brands/{brand_id}` (updateBrand).

        Returns one `Brand`.

        Args:
            brand_id: `int`, the path's `{brand_id}`.
            body: `BrandUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/brands/{segment(brand_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
