# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersStoredInstruments` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.get_customer_stored_instruments_response_item import (
    GetCustomerStoredInstrumentsResponseItem,
)


class V3CustomersStoredInstruments(NodeResource):
    """`api.customers.stored_instruments` (v3): all."""

    _version = "v3"

    def all(self, customer_id: int, /) -> list[GetCustomerStoredInstrumentsResponseItem]:
        """`GET /v3/customers/{customer_id}/stored-instruments` (getCustomerStoredInstruments)."""
        return self._many(
            GetCustomerStoredInstrumentsResponseItem,
            "GET",
            f"customers/{segment(customer_id)}/stored-instruments",
            {},
            None,
        )
