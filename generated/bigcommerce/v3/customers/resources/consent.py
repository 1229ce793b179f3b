# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersConsent` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.consent import Consent
from ..models.customer_consent_update import CustomerConsentUpdate


class V3CustomersConsent(NodeResource):
    """`api.customers.consent` (v3): get, update."""

    _op_get: ClassVar[Operation[Consent]] = Operation(
        method="GET",
        path="customers/{customer_id}/consent",
        version="v3",
        result="one",
        model=Consent,
        operation_id="getCustomerConsent",
    )

    def get(
        self,
        customer_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Consent:
        """`GET /v3/customers/{customer_id}/consent` (getCustomerConsent).

        Returns one `Consent`.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
        """
        return self._call(
            self._op_get,
            f"customers/{segment(customer_id)}/consent",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Consent]] = Operation(
        method="PUT",
        path="customers/{customer_id}/consent",
        version="v3",
        result="one",
        model=Consent,
        body_type=CustomerConsentUpdate,
        operation_id="updateCustomerConsent",
    )

    def update(
        self,
        customer_id: int,
        body: CustomerConsentUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Consent:
        """`PUT /v3/customers/{customer_id}/consent` (updateCustomerConsent).

        Returns one `Consent`.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            body: `CustomerConsentUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"customers/{segment(customer_id)}/consent",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
