# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsCustomFields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.custom_field import CustomField
from ..models.product_custom_field_create_body import ProductCustomFieldCreate
from ..models.product_custom_field_update_body import ProductCustomFieldUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCustomFieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[Literal["name", "value"]]
    include_fields: list[Literal["name", "value"]]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsCustomFieldsGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[Literal["name", "value"]]
    include_fields: list[Literal["name", "value"]]


class V3CatalogProductsCustomFields(NodeResource):
    """`api.catalog.products.custom_fields` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[CustomField]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/custom-fields",
        version="v3",
        result="many",
        model=CustomField,
        query_type=V3CatalogProductsCustomFieldsAllQuery,
        envelope=True,
        operation_id="getProductCustomFields",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsCustomFieldsAllQuery],
    ) -> list[CustomField]:
        """`GET /v3/catalog/products/{product_id}/custom-fields` (getProductCustomFields).

        Returns one page of `CustomField` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsCustomFieldsAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/custom-fields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[CustomField]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/custom-fields",
        version="v3",
        result="pages",
        model=CustomField,
        query_type=V3CatalogProductsCustomFieldsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductCustomFields",
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
        **query: Unpack[V3CatalogProductsCustomFieldsAllQuery],
    ) -> Iterator[CustomField]:
        """`GET /v3/catalog/products/{product_id}/custom-fields` (getProductCustomFields).

        Yields every `CustomField` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsCustomFieldsAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/custom-fields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CustomField]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/custom-fields",
        version="v3",
        result="one",
        model=CustomField,
        body_type=ProductCustomFieldCreate,
        envelope=True,
        operation_id="createProductCustomField",
    )

    def create(
        self,
        product_id: int,
        body: ProductCustomFieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomField:
        """`POST /v3/catalog/products/{product_id}/custom-fields` (createProductCustomField).

        Returns one `CustomField`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductCustomFieldCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/custom-fields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/custom-fields/{custom_field_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductCustomField",
    )

    def delete(
        self,
        product_id: int,
        custom_field_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/custom-fields/{custom_field_id}`
        (deleteProductCustomField).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            custom_field_id: `int`, the path's `{custom_field_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/custom-fields/{segment(custom_field_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[CustomField]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/custom-fields/{custom_field_id}",
        version="v3",
        result="one",
        model=CustomField,
        query_type=V3CatalogProductsCustomFieldsGetQuery,
        envelope=True,
        operation_id="getProductCustomField",
    )

    def get(
        self,
        product_id: int,
        custom_field_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsCustomFieldsGetQuery],
    ) -> CustomField:
        """`GET /v3/catalog/products/{product_id}/custom-fields/{custom_field_id}`
        (getProductCustomField).

        Returns one `CustomField`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            custom_field_id: `int`, the path's `{custom_field_id}`.
            query: the query parameters (`V3CatalogProductsCustomFieldsGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/custom-fields/{segment(custom_field_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CustomField]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/custom-fields/{custom_field_id}",
        version="v3",
        result="one",
        model=CustomField,
        body_type=ProductCustomFieldUpdate,
        envelope=True,
        operation_id="updateProductCustomField",
    )

    def update(
        self,
        product_id: int,
        custom_field_id: int,
        body: ProductCustomFieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomField:
        """`PUT /v3/catalog/products/{product_id}/custom-fields/{custom_field_id}`
        (updateProductCustomField).

        Returns one `CustomField`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            custom_field_id: `int`, the path's `{custom_field_id}`.
            body: `ProductCustomFieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/custom-fields/{segment(custom_field_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
