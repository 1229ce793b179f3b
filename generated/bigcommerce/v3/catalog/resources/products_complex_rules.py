# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsComplexRules` resource (v3)."""

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
from ..models.complex_rule import ComplexRule
from ..models.product_complex_rule_create import ProductComplexRuleCreate
from ..models.product_complex_rule_update import ProductComplexRuleUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsComplexRulesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]
    limit: int
    """At most 250. Default `50`."""
    page: int


@with_config(REQUEST_CONFIG)
class V3CatalogProductsComplexRulesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[ProductIncludeField]


class V3CatalogProductsComplexRules(NodeResource):
    """`api.catalog.products.complex_rules` (v3): all, iterall, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[ComplexRule]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/complex-rules",
        version="v3",
        result="many",
        model=ComplexRule,
        query_type=V3CatalogProductsComplexRulesAllQuery,
        envelope=True,
        operation_id="getProductComplexRules",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsComplexRulesAllQuery],
    ) -> list[ComplexRule]:
        """`GET /v3/catalog/products/{product_id}/complex-rules` (getProductComplexRules).

        Returns one page of `ComplexRule` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsComplexRulesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/complex-rules",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[ComplexRule]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/complex-rules",
        version="v3",
        result="pages",
        model=ComplexRule,
        query_type=V3CatalogProductsComplexRulesAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getProductComplexRules",
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
        **query: Unpack[V3CatalogProductsComplexRulesAllQuery],
    ) -> Iterator[ComplexRule]:
        """`GET /v3/catalog/products/{product_id}/complex-rules` (getProductComplexRules).

        Yields every `ComplexRule` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            product_id: `int`, the path's `{product_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3CatalogProductsComplexRulesAllQuery`).
        """
        return self._call(
            self._op_iterall,
            f"catalog/products/{segment(product_id)}/complex-rules",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ComplexRule]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/complex-rules",
        version="v3",
        result="one",
        model=ComplexRule,
        body_type=ProductComplexRuleCreate,
        envelope=True,
        operation_id="createProductComplexRule",
    )

    def create(
        self,
        product_id: int,
        body: ProductComplexRuleCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ComplexRule:
        """`POST /v3/catalog/products/{product_id}/complex-rules` (createProductComplexRule).

        Returns one `ComplexRule`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductComplexRuleCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/complex-rules",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/complex-rules/{complex_rule_id}",
        version="v3",
        result="nothing",
        operation_id="deleteProductComplexRule",
    )

    def delete(
        self,
        product_id: int,
        complex_rule_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/complex-rules/{complex_rule_id}`
        (deleteProductComplexRule).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            complex_rule_id: `int`, the path's `{complex_rule_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/complex-rules/{segment(complex_rule_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ComplexRule]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/complex-rules/{complex_rule_id}",
        version="v3",
        result="one",
        model=ComplexRule,
        query_type=V3CatalogProductsComplexRulesGetQuery,
        envelope=True,
        operation_id="getProductComplexRule",
    )

    def get(
        self,
        product_id: int,
        complex_rule_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsComplexRulesGetQuery],
    ) -> ComplexRule:
        """`GET /v3/catalog/products/{product_id}/complex-rules/{complex_rule_id}`
        (getProductComplexRule).

        Returns one `ComplexRule`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            complex_rule_id: `int`, the path's `{complex_rule_id}`.
            query: the query parameters (`V3CatalogProductsComplexRulesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/complex-rules/{segment(complex_rule_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ComplexRule]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/complex-rules/{complex_rule_id}",
        version="v3",
        result="one",
        model=ComplexRule,
        body_type=ProductComplexRuleUpdate,
        envelope=True,
        operation_id="updateProductComplexRule",
    )

    def update(
        self,
        product_id: int,
        complex_rule_id: int,
        body: ProductComplexRuleUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ComplexRule:
        """`PUT /v3/catalog/products/{product_id}/complex-rules/{complex_rule_id}`
        (updateProductComplexRule).

        Returns one `ComplexRule`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            complex_rule_id: `int`, the path's `{complex_rule_id}`.
            body: `ProductComplexRuleUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/complex-rules/{segment(complex_rule_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
