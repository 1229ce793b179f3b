# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsModifiers` resource (v3)."""

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
from ..models.product_modifier import ProductModifier
from ..models.product_modifier_create import ProductModifierCreate
from ..models.product_modifier_update import ProductModifierUpdate

if TYPE_CHECKING:
    from .products_modifiers_values import V3CatalogProductsModifiersValues


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsModifiers(NodeResource):
    """`api.catalog.products.modifiers` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def values(self) -> V3CatalogProductsModifiersValues:
        from .products_modifiers_values import V3CatalogProductsModifiersValues

        return V3CatalogProductsModifiersValues(self._connection)

    _op_all: ClassVar[Operation[list[ProductModifier]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers",
        version="v3",
        result="many",
        model=ProductModifier,
        query_type=V3CatalogProductsModifiersAllQuery,
        envelope=True,
        operation_id="getProductModifiers",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsModifiersAllQuery],
    ) -> list[ProductModifier]:
        """`GET /v3/catalog/products/{product_id}/modifiers` (getProductModifiers).

        Returns one page of `ProductModifier` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsModifiersAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/modifiers",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductModifier]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers",
        version="v3",
        result="pages",
        model=ProductModifier,
        query_type=V3CatalogProductsModifiersAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductModifiers",
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
        **query: Unpack[V3CatalogProductsModifiersAllQuery],
    ) -> Iterator[ProductModifier]:
        """`GET /v3/catalog/products/{product_id}/modifiers` (getProductModifiers).

        Yields every `ProductModifier` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsModifiersAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/modifiers",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductModifier]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/modifiers",
        version="v3",
        result="one",
        model=ProductModifier,
        body_type=ProductModifierCreate,
        envelope=True,
        operation_id="createProductModifier",
    )

    def create(
        self,
        product_id: int,
        body: ProductModifierCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductModifier:
        """`POST /v3/catalog/products/{product_id}/modifiers` (createProductModifier).

        Returns one `ProductModifier`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductModifierCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/modifiers",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/modifiers/{modifier_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductModifier",
    )

    def delete(
        self,
        product_id: int,
        modifier_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/modifiers/{modifier_id}`
        (deleteProductModifier).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductModifier]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers/{modifier_id}",
        version="v3",
        result="one",
        model=ProductModifier,
        query_type=V3CatalogProductsModifiersGetQuery,
        envelope=True,
        operation_id="getProductModifier",
    )

    def get(
        self,
        product_id: int,
        modifier_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsModifiersGetQuery],
    ) -> ProductModifier:
        """`GET /v3/catalog/products/{product_id}/modifiers/{modifier_id}` (getProductModifier).

        Returns one `ProductModifier`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            query: the query parameters (`V3CatalogProductsModifiersGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductModifier]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/modifiers/{modifier_id}",
        version="v3",
        result="one",
        model=ProductModifier,
        body_type=ProductModifierUpdate,
        envelope=True,
        operation_id="updateProductModifier",
    )

    def update(
        self,
        product_id: int,
        modifier_id: int,
        body: ProductModifierUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductModifier:
        """`PUT /v3/catalog/products/{product_id}/modifiers/{modifier_id}` (updateProductModifier).

        Returns one `ProductModifier`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            body: `ProductModifierUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
