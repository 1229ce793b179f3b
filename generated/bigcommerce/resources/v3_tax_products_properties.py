# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProductsProperties` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.product_tax_property import ProductTaxProperty, ProductTaxPropertyUpdate


@with_config(REQUEST_CONFIG)
class V3TaxProductsPropertiesAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    product_id__in: Required[list[int]]


@with_config(REQUEST_CONFIG)
class V3TaxProductsPropertiesDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    product_id__in: Required[list[int]]


class V3TaxProductsProperties(NodeResource):
    """`api.tax.products.properties` (v3): all, delete_many, update_many."""

    _version = "v3"

    def all(self, **query: Unpack[V3TaxProductsPropertiesAllQuery]) -> list[ProductTaxProperty]:
        """`GET /v3/tax/products/properties` (getProductsTaxProperties)."""
        return self._many(
            ProductTaxProperty,
            "GET",
            "tax/products/properties",
            query,
            V3TaxProductsPropertiesAllQuery,
            envelope=True,
        )

    def delete_many(self, **query: Unpack[V3TaxProductsPropertiesDeleteManyQuery]) -> None:
        """`DELETE /v3/tax/products/properties` (deleteProductTaxProperties)."""
        return self._nothing(
            "DELETE", "tax/products/properties", query, V3TaxProductsPropertiesDeleteManyQuery
        )

    def update_many(self, body: list[ProductTaxPropertyUpdate], /) -> list[ProductTaxProperty]:
        """`PUT /v3/tax/products/properties` (updateProductTaxProperties)."""
        return self._many(
            ProductTaxProperty,
            "PUT",
            "tax/products/properties",
            {},
            None,
            body=body,
            body_type=list[ProductTaxPropertyUpdate],
            envelope=True,
        )
