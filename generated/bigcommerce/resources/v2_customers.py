# Generated from spec/imported/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `V2Customers` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.validate_customer_password_request import ValidateCustomerPasswordRequestCreate
from ..models.validate_password import ValidatePassword


class V2Customers(NodeResource):
    """`api.v2.customers` (v2): validate."""

    _version = "v2"

    def validate(
        self, customer_id: int, body: ValidateCustomerPasswordRequestCreate, /
    ) -> ValidatePassword:
        """`POST /v2/customers/{customer_id}/validate` (validateCustomerPassword)."""
        return self._one(
            ValidatePassword,
            "POST",
            f"customers/{segment(customer_id)}/validate",
            {},
            None,
            body=body,
            body_type=ValidateCustomerPasswordRequestCreate,
        )
