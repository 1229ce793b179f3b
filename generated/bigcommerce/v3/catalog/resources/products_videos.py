# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsVideos` resource (v3)."""

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
from ..models.product_video import ProductVideo
from ..models.product_video_create_body import ProductVideoCreate
from ..models.product_video_update_body import ProductVideoUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVideosAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsVideosGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]


class V3CatalogProductsVideos(NodeResource):
    """`api.catalog.products.videos` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[ProductVideo]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/videos",
        version="v3",
        result="many",
        model=ProductVideo,
        query_type=V3CatalogProductsVideosAllQuery,
        envelope=True,
        operation_id="getProductVideos",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVideosAllQuery],
    ) -> list[ProductVideo]:
        """`GET /v3/catalog/products/{product_id}/videos` (getProductVideos).

        Returns one page of `ProductVideo` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsVideosAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/videos",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductVideo]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/videos",
        version="v3",
        result="pages",
        model=ProductVideo,
        query_type=V3CatalogProductsVideosAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductVideos",
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
        **query: Unpack[V3CatalogProductsVideosAllQuery],
    ) -> Iterator[ProductVideo]:
        """`GET /v3/catalog/products/{product_id}/videos` (getProductVideos).

        Yields every `ProductVideo` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsVideosAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/videos",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductVideo]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/videos",
        version="v3",
        result="one",
        model=ProductVideo,
        body_type=ProductVideoCreate,
        envelope=True,
        operation_id="createProductVideo",
    )

    def create(
        self,
        product_id: int,
        body: ProductVideoCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductVideo:
        """`POST /v3/catalog/products/{product_id}/videos` (createProductVideo).

        Returns one `ProductVideo`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductVideoCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/videos",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/videos/{id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductVideo",
    )

    def delete(
        self,
        product_id: int,
        id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/videos/{id}` (deleteProductVideo).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            id: `int`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/videos/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductVideo]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/videos/{id}",
        version="v3",
        result="one",
        model=ProductVideo,
        query_type=V3CatalogProductsVideosGetQuery,
        envelope=True,
        operation_id="getProductVideo",
    )

    def get(
        self,
        product_id: int,
        id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsVideosGetQuery],
    ) -> ProductVideo:
        """`GET /v3/catalog/products/{product_id}/videos/{id}` (getProductVideo).

        Returns one `ProductVideo`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            id: `int`, the path's `{id}`.
            query: the query parameters (`V3CatalogProductsVideosGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/videos/{segment(id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductVideo]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/videos/{id}",
        version="v3",
        result="one",
        model=ProductVideo,
        body_type=ProductVideoUpdate,
        envelope=True,
        operation_id="updateProductVideo",
    )

    def update(
        self,
        product_id: int,
        id: int,
        body: ProductVideoUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductVideo:
        """`PUT /v3/catalog/products/{product_id}/videos/{id}` (updateProductVideo).

        Returns one `ProductVideo`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            id: `int`, the path's `{id}`.
            body: `ProductVideoUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/videos/{segment(id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
