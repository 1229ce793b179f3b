# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxCustomers` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.tax_customer import TaxCustomer, TaxCustomerUpdate


@with_config(REQUEST_CONFIG)
class V3TaxCustomersAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    customer_id__in: list[int]


@with_config(REQUEST_CONFIG)
class V3TaxCustomersDeleteAllQuery(TypedDict, total=False):
    """Query parameters of `delete_all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    customer_id__in: list[int]


class V3TaxCustomers(NodeResource):
    """`api.tax.customers` (v3): all, delete_all, update_many."""

    _version = "v3"

    def all(self, **query: Unpack[V3TaxCustomersAllQuery]) -> list[TaxCustomer]:
        """`GET /v3/tax/customers` (getTaxCustomers)."""
        return self._many(
            TaxCustomer, "GET", "tax/customers", query, V3TaxCustomersAllQuery, envelope=True
        )

    def delete_all(self, **query: Unpack[V3TaxCustomersDeleteAllQuery]) -> None:
        """`DELETE /v3/tax/customers` (deleteTaxCustomers)."""
        return self._nothing("DELETE", "tax/customers", query, V3TaxCustomersDeleteAllQuery)

    def update_many(self, body: list[TaxCustomerUpdate], /) -> list[TaxCustomer]:
        """`PUT /v3/tax/customers` (updateTaxCustomers)."""
        return self._many(
            TaxCustomer,
            "PUT",
            "tax/customers",
            {},
            None,
            body=body,
            body_type=list[TaxCustomerUpdate],
            envelope=True,
        )
