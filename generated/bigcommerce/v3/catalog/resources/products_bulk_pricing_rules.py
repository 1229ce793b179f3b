# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3CatalogProductsBulkPricingRules` resource (v3)."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.bulk_pricing_rule import BulkPricingRule
from ..models.product_bulk_pricing_rule_create import ProductBulkPricingRuleCreate
from ..models.product_bulk_pricing_rule_update import ProductBulkPricingRuleUpdate


@with_config(REQUEST_CONFIG)
class V3CatalogProductsBulkPricingRulesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[Literal["quantity_min", "quantity_max", "type", "amount"]]


@with_config(REQUEST_CONFIG)
class V3CatalogProductsBulkPricingRulesGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    exclude_fields: list[str]
    include_fields: list[Literal["quantity_min", "quantity_max", "type", "amount"]]


class V3CatalogProductsBulkPricingRules(NodeResource):
    """`api.catalog.products.bulk_pricing_rules` (v3): all, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[BulkPricingRule]]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/bulk-pricing-rules",
        version="v3",
        result="many",
        model=BulkPricingRule,
        query_type=V3CatalogProductsBulkPricingRulesAllQuery,
        envelope=True,
        operation_id="getAllBulkPricingRules",
    )

    def all(
        self,
        product_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsBulkPricingRulesAllQuery],
    ) -> list[BulkPricingRule]:
        """`GET /v3/catalog/products/{product_id}/bulk-pricing-rules` (getAllBulkPricingRules).

        Returns a list of `BulkPricingRule` objects.

        Args:
            product_id: `int`, the path's `{product_id}`.
            query: the query parameters (`V3CatalogProductsBulkPricingRulesAllQuery`).
        """
        return self._call(
            self._op_all,
            f"catalog/products/{segment(product_id)}/bulk-pricing-rules",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[BulkPricingRule]] = Operation(
        method="POST",
        path="catalog/products/{product_id}/bulk-pricing-rules",
        version="v3",
        result="one",
        model=BulkPricingRule,
        body_type=ProductBulkPricingRuleCreate,
        envelope=True,
        operation_id="createBulkPricingRule",
    )

    def create(
        self,
        product_id: int,
        body: ProductBulkPricingRuleCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> BulkPricingRule:
        """`POST /v3/catalog/products/{product_id}/bulk-pricing-rules` (createBulkPricingRule).

        Returns one `BulkPricingRule`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            body: `ProductBulkPricingRuleCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"catalog/products/{segment(product_id)}/bulk-pricing-rules",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="catalog/products/{product_id}/bulk-pricing-rules/{bulk_pricing_rule_id}",
        version="v3",
        result="nothing",
        operation_id="deleteBulkPricingRule",
    )

    def delete(
        self,
        product_id: int,
        bulk_pricing_rule_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/catalog/products/{product_id}/bulk-pricing-rules/{bulk_pricing_rule_id}`
        (deleteBulkPricingRule).

        Returns None (the answer has no body).

        Args:
            product_id: `int`, the path's `{product_id}`.
            bulk_pricing_rule_id: `int`, the path's `{bulk_pricing_rule_id}`.
        """
        return self._call(
            self._op_delete,
            f"catalog/products/{segment(product_id)}/bulk-pricing-rules/{segment(bulk_pricing_rule_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[BulkPricingRule]] = Operation(
        method="GET",
        path="catalog/products/{product_id}/bulk-pricing-rules/{bulk_pricing_rule_id}",
        version="v3",
        result="one",
        model=BulkPricingRule,
        query_type=V3CatalogProductsBulkPricingRulesGetQuery,
        envelope=True,
        operation_id="getBulkPricingRule",
    )

    def get(
        self,
        product_id: int,
        bulk_pricing_rule_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3CatalogProductsBulkPricingRulesGetQuery],
    ) -> BulkPricingRule:
        """`GET /v3/catalog/products/{product_id}/bulk-pricing-rules/{bulk_pricing_rule_id}`
        (getBulkPricingRule).

        Returns one `BulkPricingRule`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            bulk_pricing_rule_id: `int`, the path's `{bulk_pricing_rule_id}`.
            query: the query parameters (`V3CatalogProductsBulkPricingRulesGetQuery`).
        """
        return self._call(
            self._op_get,
            f"catalog/products/{segment(product_id)}/bulk-pricing-rules/{segment(bulk_pricing_rule_id)}",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[BulkPricingRule]] = Operation(
        method="PUT",
        path="catalog/products/{product_id}/bulk-pricing-rules/{bulk_pricing_rule_id}",
        version="v3",
        result="one",
        model=BulkPricingRule,
        body_type=ProductBulkPricingRuleUpdate,
        envelope=True,
        operation_id="updateBulkPricingRule",
    )

    def update(
        self,
        product_id: int,
        bulk_pricing_rule_id: int,
        body: ProductBulkPricingRuleUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> BulkPricingRule:
        """`PUT /v3/catalog/products/{product_id}/bulk-pricing-rules/{bulk_pricing_rule_id}`
        (updateBulkPricingRule).

        Returns one `BulkPricingRule`.

        Args:
            product_id: `int`, the path's `{product_id}`.
            bulk_pricing_rule_id: `int`, the path's `{bulk_pricing_rule_id}`.
            body: `ProductBulkPricingRuleUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"catalog/products/{segment(product_id)}/bulk-pricing-rules/{segment(bulk_pricing_rule_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
