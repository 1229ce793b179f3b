# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsVariants` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_variant import ProductVariant
from ..models.product_variant_create import ProductVariantCreate
from ..models.product_variant_update import ProductVariantUpdate

if TYPE_CHECKING:
    from .products_variants_image import V3CatalogProductsVariantsImage
    from .products_variants_metafields import V3CatalogProductsVariantsMetafields


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVariantsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVariantsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsVariants(NodeResource):
    """`api.catalog.products.variants` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def image(self) -> V3CatalogProductsVariantsImage:
        from .products_variants_image import V3CatalogProductsVariantsImage

        return V3CatalogProductsVariantsImage(self._connection)

    @cached_property
    def metafields(self) -> V3CatalogProductsVariantsMetafields:
        from .products_variants_metafields import V3CatalogProductsVariantsMetafields

        return V3CatalogProductsVariantsMetafields(self._connection)

    _op_all: ClassVar[Operation[list[ProductVariant]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/variants",
        version="v3",
        result="many",
        model=ProductVariant,
        query_type=V3CatalogProductsVariantsAllQuery,
        envelope=True,
        operation_id="getProductVariants",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVariantsAllQuery],
    ) -> list[ProductVariant]:
        """`GET /v3/catalog/products/{product_id}/variants` (getProductVariants).

        Returns one page of `ProductVariant` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsVariantsAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/variants",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductVariant]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/variants",
        version="v3",
        result="pages",
        model=ProductVariant,
        query_type=V3CatalogProductsVariantsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductVariants",
    )

    def iterall(
        self,
        product_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVariantsAllQuery],
    ) -> Iterator[ProductVariant]:
        """`GET /v3/catalog/products/{product_id}/variants` (getProductVariants).

        Yields every `ProductVariant` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsVariantsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/variants",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductVariant]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/variants",
        version="v3",
        result="one",
        model=ProductVariant,
        body_type=ProductVariantCreate,
        envelope=True,
        operation_id="createProductVariant",
    )

    def create(
        self,
        product_id: int,
        body: ProductVariantCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductVariant:
        """`POST /v3/catalog/products/{product_id}/variants` (createProductVariant).

        Returns one `ProductVariant`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductVariantCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/variants",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/variants/{variant_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductVariant",
    )

    def delete(
        self,
        product_id: int,
        variant_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/variants/{variant_id}` (deleteProductVariant).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductVariant]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/variants/{variant_id}",
        version="v3",
        result="one",
        model=ProductVariant,
        query_type=V3CatalogProductsVariantsGetQuery,
        envelope=True,
        operation_id="getProductVariant",
    )

    def get(
        self,
        product_id: int,
        variant_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVariantsGetQuery],
    ) -> ProductVariant:
        """`GET /v3/catalog/products/{product_id}/variants/{variant_id}` (getProductVariant).

        Returns one `ProductVariant`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            query: the query parameters (`V3CatalogProductsVariantsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductVariant]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/variants/{variant_id}",
        version="v3",
        result="one",
        model=ProductVariant,
        body_type=ProductVariantUpdate,
        envelope=True,
        operation_id="updateProductVariant",
    )

    def update(
        self,
        product_id: int,
        variant_id: int,
        body: ProductVariantUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductVariant:
        """`PUT /v3/catalog/products/{product_id}/variants/{variant_id}` (updateProductVariant).

        Returns one `ProductVariant`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            variant_id: `int`, the path's `{variant_id}`.
            body: `ProductVariantUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/variants/{segment(variant_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
