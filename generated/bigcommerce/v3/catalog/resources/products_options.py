# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsOptions` resource (v3)."""

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
from ..models.product_option import ProductOption
from ..models.product_option_create_body import ProductOptionCreate
from ..models.product_option_update_body import ProductOptionUpdate

if TYPE_CHECKING:
    from .products_options_values import V3CatalogProductsOptionsValues


@with_config(REQUEST_CONFIG)
class V3CatalogProductsOptionsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsOptionsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsOptions(NodeResource):
    """`api.catalog.products.options` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def values(self) -> V3CatalogProductsOptionsValues:
        from .products_options_values import V3CatalogProductsOptionsValues

        return V3CatalogProductsOptionsValues(self._connection)

    _op_all: ClassVar[Operation[list[ProductOption]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/options",
        version="v3",
        result="many",
        model=ProductOption,
        query_type=V3CatalogProductsOptionsAllQuery,
        envelope=True,
        operation_id="getProductVariantOptions",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsOptionsAllQuery],
    ) -> list[ProductOption]:
        """`GET /v3/catalog/products/{product_id}/options` (getProductVariantOptions).

        Returns one page of `ProductOption` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsOptionsAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/options",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductOption]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/options",
        version="v3",
        result="pages",
        model=ProductOption,
        query_type=V3CatalogProductsOptionsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductVariantOptions",
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
        **query: Unpack[V3CatalogProductsOptionsAllQuery],
    ) -> Iterator[ProductOption]:
        """`GET /v3/catalog/products/{product_id}/options` (getProductVariantOptions).

        Yields every `ProductOption` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsOptionsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/options",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductOption]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/options",
        version="v3",
        result="one",
        model=ProductOption,
        body_type=ProductOptionCreate,
        envelope=True,
        operation_id="createProductVariantOption",
    )

    def create(
        self,
        product_id: int,
        body: ProductOptionCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductOption:
        """`POST /v3/catalog/products/{product_id}/options` (createProductVariantOption).

        Returns one `ProductOption`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductOptionCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/options",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/options/{option_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductVariantOption",
    )

    def delete(
        self,
        product_id: int,
        option_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/options/{option_id}`
        (deleteProductVariantOption).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductOption]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/options/{option_id}",
        version="v3",
        result="one",
        model=ProductOption,
        query_type=V3CatalogProductsOptionsGetQuery,
        envelope=True,
        operation_id="getProductVariantOption",
    )

    def get(
        self,
        product_id: int,
        option_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsOptionsGetQuery],
    ) -> ProductOption:
        """`GET /v3/catalog/products/{product_id}/options/{option_id}` (getProductVariantOption).

        Returns one `ProductOption`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            query: the query parameters (`V3CatalogProductsOptionsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductOption]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/options/{option_id}",
        version="v3",
        result="one",
        model=ProductOption,
        body_type=ProductOptionUpdate,
        envelope=True,
        operation_id="updateProductVariantOption",
    )

    def update(
        self,
        product_id: int,
        option_id: int,
        body: ProductOptionUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductOption:
        """`PUT /v3/catalog/products/{product_id}/options/{option_id}` (updateProductVariantOption).

        Returns one `ProductOption`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            body: `ProductOptionUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
