# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsModifiers` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.create_product_modifier_response_data import CreateProductModifierResponseData
from ..models.product_modifier_post import ProductModifierPostCreate
from ..models.product_modifiers_catalog_v3_product_modifier_full import (
    ProductModifiersCatalogV3ProductModifierFull,
)
from ..models.update_product_modifier_request import UpdateProductModifierRequestUpdate
from ..models.update_product_modifier_response_data import UpdateProductModifierResponseData

if TYPE_CHECKING:
    from .v3_catalog_products_modifiers_values import V3CatalogProductsModifiersValues


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
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
        from .v3_catalog_products_modifiers_values import V3CatalogProductsModifiersValues

        return V3CatalogProductsModifiersValues(self._connection)

    _op_all: ClassVar[Operation[list[ProductModifiersCatalogV3ProductModifierFull]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers",
        version="v3",
        result="many",
        model=ProductModifiersCatalogV3ProductModifierFull,
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
    ) -> list[ProductModifiersCatalogV3ProductModifierFull]:
        """`GET /v3/catalog/products/{product_id}/modifiers` (getProductModifiers).

        Returns one page of `ProductModifiersCatalogV3ProductModifierFull` objects (a list).

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

    _op_iterall: ClassVar[Operation[Iterator[ProductModifiersCatalogV3ProductModifierFull]]] = (
        Operation(
            method="GET",
            path="catalog/products/{product_id}/modifiers",
            version="v3",
            result="pages",
            model=ProductModifiersCatalogV3ProductModifierFull,
            query_type=V3CatalogProductsModifiersAllQuery,
            envelope=True,
            pagination="offset",
            operation_id="getProductModifiers",
        )
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
    ) -> Iterator[ProductModifiersCatalogV3ProductModifierFull]:
        """`GET /v3/catalog/products/{product_id}/modifiers` (getProductModifiers).

        Yields every `ProductModifiersCatalogV3ProductModifierFull` of every page, one page in
        memory at a time.

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

    _op_create: ClassVar[Operation[CreateProductModifierResponseData]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/modifiers",
        version="v3",
        result="one",
        model=CreateProductModifierResponseData,
        body_type=ProductModifierPostCreate,
        envelope=True,
        operation_id="createProductModifier",
    )

    def create(
        self,
        product_id: int,
        body: ProductModifierPostCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CreateProductModifierResponseData:
        """`POST /v3/catalog/products/{product_id}/modifiers` (createProductModifier).

        Returns one `CreateProductModifierResponseData`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductModifierPostCreate`, the request body.
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

    _op_get: ClassVar[Operation[ProductModifiersCatalogV3ProductModifierFull]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers/{modifier_id}",
        version="v3",
        result="one",
        model=ProductModifiersCatalogV3ProductModifierFull,
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
    ) -> ProductModifiersCatalogV3ProductModifierFull:
        """`GET /v3/catalog/products/{product_id}/modifiers/{modifier_id}` (getProductModifier).

        Returns one `ProductModifiersCatalogV3ProductModifierFull`.

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

    _op_update: ClassVar[Operation[UpdateProductModifierResponseData]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/modifiers/{modifier_id}",
        version="v3",
        result="one",
        model=UpdateProductModifierResponseData,
        body_type=UpdateProductModifierRequestUpdate,
        envelope=True,
        operation_id="updateProductModifier",
    )

    def update(
        self,
        product_id: int,
        modifier_id: int,
        body: UpdateProductModifierRequestUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> UpdateProductModifierResponseData:
        """`PUT /v3/catalog/products/{product_id}/modifiers/{modifier_id}` (updateProductModifier).

        Returns one `UpdateProductModifierResponseData`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            body: `UpdateProductModifierRequestUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
