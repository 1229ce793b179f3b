# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsOptionsValues` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.option_value import OptionValue
from ..models.option_value_create_body import OptionValueCreate
from ..models.option_value_update_body import OptionValueUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsOptionsValuesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]
    include_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsOptionsValuesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]
    include_fields: list[Literal["label", "sort_order", "value_data", "is_default"]]


class V3CatalogProductsOptionsValues(NodeResource):
    """`api.catalog.products.options.values` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[OptionValue]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/options/{option_id}/values",
        version="v3",
        result="many",
        model=OptionValue,
        query_type=V3CatalogProductsOptionsValuesAllQuery,
        envelope=True,
        operation_id="getProductVariantOptionValues",
    )

    def all(
        self,
        product_id: int,
        option_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsOptionsValuesAllQuery],
    ) -> list[OptionValue]:
        """`GET /v3/catalog/products/{product_id}/options/{option_id}/values`
        (getProductVariantOptionValues).

        Returns one page of `OptionValue` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            query: the query parameters (`V3CatalogProductsOptionsValuesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OptionValue]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/options/{option_id}/values",
        version="v3",
        result="pages",
        model=OptionValue,
        query_type=V3CatalogProductsOptionsValuesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductVariantOptionValues",
    )

    def iterall(
        self,
        product_id: int,
        option_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsOptionsValuesAllQuery],
    ) -> Iterator[OptionValue]:
        """`GET /v3/catalog/products/{product_id}/options/{option_id}/values`
        (getProductVariantOptionValues).

        Yields every `OptionValue` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsOptionsValuesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[OptionValue]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/options/{option_id}/values",
        version="v3",
        result="one",
        model=OptionValue,
        body_type=OptionValueCreate,
        envelope=True,
        operation_id="createProductVariantOptionValue",
    )

    def create(
        self,
        product_id: int,
        option_id: int,
        body: OptionValueCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OptionValue:
        """`POST /v3/catalog/products/{product_id}/options/{option_id}/values`
        (createProductVariantOptionValue).

        Returns one `OptionValue`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            body: `OptionValueCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/options/{option_id}/values/{value_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductVariantOptionValue",
    )

    def delete(
        self,
        product_id: int,
        option_id: int,
        value_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/options/{option_id}/values/{value_id}`
        (deleteProductVariantOptionValue).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            value_id: `int`, the path's `{value_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values/{segment(value_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OptionValue]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/options/{option_id}/values/{value_id}",
        version="v3",
        result="one",
        model=OptionValue,
        query_type=V3CatalogProductsOptionsValuesGetQuery,
        envelope=True,
        operation_id="getProductVariantOptionValue",
    )

    def get(
        self,
        product_id: int,
        option_id: int,
        value_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsOptionsValuesGetQuery],
    ) -> OptionValue:
        """`GET /v3/catalog/products/{product_id}/options/{option_id}/values/{value_id}`
        (getProductVariantOptionValue).

        Returns one `OptionValue`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            value_id: `int`, the path's `{value_id}`.
            query: the query parameters (`V3CatalogProductsOptionsValuesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values/{segment(value_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[OptionValue]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/options/{option_id}/values/{value_id}",
        version="v3",
        result="one",
        model=OptionValue,
        body_type=OptionValueUpdate,
        envelope=True,
        operation_id="updateProductVariantOptionValue",
    )

    def update(
        self,
        product_id: int,
        option_id: int,
        value_id: int,
        body: OptionValueUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OptionValue:
        """`PUT /v3/catalog/products/{product_id}/options/{option_id}/values/{value_id}`
        (updateProductVariantOptionValue).

        Returns one `OptionValue`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            option_id: `int`, the path's `{option_id}`.
            value_id: `int`, the path's `{value_id}`.
            body: `OptionValueUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/options/{segment(option_id)}/values/{segment(value_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
