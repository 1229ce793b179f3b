# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersStoredInstruments` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_stored_instrument import CustomerStoredInstrument


class V3CustomersStoredInstruments(NodeResource):
    """`api.customers.stored_instruments` (v3): all."""

    _op_all: ClassVar[Operation[list[CustomerStoredInstrument]]] = Operation(
        method="GET",
        path="customers/{customer_id}/stored-instruments",
        version="v3",
        result="many",
        model=CustomerStoredInstrument,
        operation_id="getCustomerStoredInstruments",
    )

    def all(
        self,
        customer_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[CustomerStoredInstrument]:
        """`GET /v3/customers/{customer_id}/stored-instruments` (getCustomerStoredInstruments).

        Returns a list of `CustomerStoredInstrument` objects.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
        """
        return self._call(
            self._op_all,
            f"customers/{segment(customer_id)}/stored-instruments",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
