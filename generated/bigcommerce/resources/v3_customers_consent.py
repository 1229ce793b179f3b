# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersConsent` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.consent_full import ConsentFull
from ..models.declare_customer_consent_request import DeclareCustomerConsentRequestUpdate


class V3CustomersConsent(NodeResource):
    """`api.customers.consent` (v3): get, update."""

    _version = "v3"

    def get(self, customer_id: int, /) -> ConsentFull:
        """`GET /v3/customers/{customer_id}/consent` (getCustomerConsent)."""
        return self._one(ConsentFull, "GET", f"customers/{segment(customer_id)}/consent", {}, None)

    def update(self, customer_id: int, body: DeclareCustomerConsentRequestUpdate, /) -> ConsentFull:
        """`PUT /v3/customers/{customer_id}/consent` (updateCustomerConsent)."""
        return self._one(
            ConsentFull,
            "PUT",
            f"customers/{segment(customer_id)}/consent",
            {},
            None,
            body=body,
            body_type=DeclareCustomerConsentRequestUpdate,
        )
