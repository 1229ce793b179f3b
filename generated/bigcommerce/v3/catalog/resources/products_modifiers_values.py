# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsModifiersValues` resource (v3)."""

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
from ..models.modifier_value_create import ModifierValueCreate
from ..models.modifier_value_update import ModifierValueUpdate
from ..models.product_modifier_option_value import ProductModifierOptionValue

if TYPE_CHECKING:
    from .products_modifiers_values_image import V3CatalogProductsModifiersValuesImage


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersValuesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsModifiersValuesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[str]


class V3CatalogProductsModifiersValues(NodeResource):
    """`api.catalog.products.modifiers.values` (v3): all, iterall, create, delete, get, update."""

    @cached_property
    def image(self) -> V3CatalogProductsModifiersValuesImage:
        from .products_modifiers_values_image import V3CatalogProductsModifiersValuesImage

        return V3CatalogProductsModifiersValuesImage(self._connection)

    _op_all: ClassVar[Operation[list[ProductModifierOptionValue]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values",
        version="v3",
        result="many",
        model=ProductModifierOptionValue,
        query_type=V3CatalogProductsModifiersValuesAllQuery,
        envelope=True,
        operation_id="getProductModifierValues",
    )

    def all(
        self,
        product_id: int,
        modifier_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsModifiersValuesAllQuery],
    ) -> list[ProductModifierOptionValue]:
        """`GET /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values`
        (getProductModifierValues).

        Returns one page of `ProductModifierOptionValue` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            query: the query parameters (`V3CatalogProductsModifiersValuesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ProductModifierOptionValue]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values",
        version="v3",
        result="pages",
        model=ProductModifierOptionValue,
        query_type=V3CatalogProductsModifiersValuesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductModifierValues",
    )

    def iterall(
        self,
        product_id: int,
        modifier_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsModifiersValuesAllQuery],
    ) -> Iterator[ProductModifierOptionValue]:
        """`GET /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values`
        (getProductModifierValues).

        Yields every `ProductModifierOptionValue` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsModifiersValuesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ProductModifierOptionValue]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values",
        version="v3",
        result="one",
        model=ProductModifierOptionValue,
        body_type=ModifierValueCreate,
        envelope=True,
        operation_id="createProductModifierValue",
    )

    def create(
        self,
        product_id: int,
        modifier_id: int,
        body: ModifierValueCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductModifierOptionValue:
        """`POST /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values`
        (createProductModifierValue).

        Returns one `ProductModifierOptionValue`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            body: `ModifierValueCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductModifierValue",
    )

    def delete(
        self,
        product_id: int,
        modifier_id: int,
        value_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}`
        (deleteProductModifierValue).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            value_id: `int`, the path's `{value_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values/{segment(value_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ProductModifierOptionValue]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}",
        version="v3",
        result="one",
        model=ProductModifierOptionValue,
        query_type=V3CatalogProductsModifiersValuesGetQuery,
        envelope=True,
        operation_id="getProductModifierValue",
    )

    def get(
        self,
        product_id: int,
        modifier_id: int,
        value_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsModifiersValuesGetQuery],
    ) -> ProductModifierOptionValue:
        """`GET /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}`
        (getProductModifierValue).

        Returns one `ProductModifierOptionValue`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            value_id: `int`, the path's `{value_id}`.
            query: the query parameters (`V3CatalogProductsModifiersValuesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values/{segment(value_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ProductModifierOptionValue]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}",
        version="v3",
        result="one",
        model=ProductModifierOptionValue,
        body_type=ModifierValueUpdate,
        envelope=True,
        operation_id="updateProductModifierValue",
    )

    def update(
        self,
        product_id: int,
        modifier_id: int,
        value_id: int,
        body: ModifierValueUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ProductModifierOptionValue:
        """`PUT /v3/catalog/products/{product_id}/modifiers/{modifier_id}/values/{value_id}`
        (updateProductModifierValue).

        Returns one `ProductModifierOptionValue`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            modifier_id: `int`, the path's `{modifier_id}`.
            value_id: `int`, the path's `{value_id}`.
            body: `ModifierValueUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/modifiers/{segment(modifier_id)}/values/{segment(value_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
