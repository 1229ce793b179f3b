# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsImages` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._enums import ProductIncludeField
from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.product_image import ProductImage
from ..models.product_image_create_body import ProductImageCreate, ProductImageUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsImagesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsImagesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]


class V3CatalogProductsImages(NodeResource):
    """`api.catalog.products.images` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[ProductImage]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/images",
        version="v3",
        result="many",
        model=ProductImage,
        query_type=V3CatalogProductsImagesAllQuery,
        envelope=True,
        operation_id="getProductImages",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsImagesAllQuery],
    ) -> list[ProductImage]:
        """`GET /v3/catalog/products/{product_id}/images` (getProductImages).

        Returns one page of `ProductImage` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsImagesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/images",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductImage]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/images",
        version="v3",
        result="pages",
        model=ProductImage,
        query_type=V3CatalogProductsImagesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductImages",
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
        **query: Unpack[V3CatalogProductsImagesAllQuery],
    ) -> Iterator[ProductImage]:
        """`GET /v3/catalog/products/{product_id}/images` (getProductImages).

        Yields every `ProductImage` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsImagesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/images",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductImage]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/images",
        version="v3",
        result="one",
        model=ProductImage,
        body_type=ProductImageCreate,
        envelope=True,
        operation_id="createProductImage",
    )

    def create(
        self,
        product_id: int,
        body: ProductImageCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductImage:
        """`POST /v3/catalog/products/{product_id}/images` (createProductImage).

        Returns one `ProductImage`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductImageCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/images",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/images/{image_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductImage",
    )

    def delete(
        self,
        product_id: int,
        image_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/images/{image_id}` (deleteProductImage).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            image_id: `int`, the path's `{image_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/images/{segment(image_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductImage]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/images/{image_id}",
        version="v3",
        result="one",
        model=ProductImage,
        query_type=V3CatalogProductsImagesGetQuery,
        envelope=True,
        operation_id="getProductImage",
    )

    def get(
        self,
        product_id: int,
        image_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsImagesGetQuery],
    ) -> ProductImage:
        """`GET /v3/catalog/products/{product_id}/images/{image_id}` (getProductImage).

        Returns one `ProductImage`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            image_id: `int`, the path's `{image_id}`.
            query: the query parameters (`V3CatalogProductsImagesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/images/{segment(image_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductImage]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/images/{image_id}",
        version="v3",
        result="one",
        model=ProductImage,
        body_type=ProductImageUpdate,
        envelope=True,
        operation_id="updateProductImage",
    )

    def update(
        self,
        product_id: int,
        image_id: int,
        body: ProductImageUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductImage:
        """`PUT /v3/catalog/products/{product_id}/images/{image_id}` (updateProductImage).

        Returns one `ProductImage`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            image_id: `int`, the path's `{image_id}`.
            body: `ProductImageUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/images/{segment(image_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
