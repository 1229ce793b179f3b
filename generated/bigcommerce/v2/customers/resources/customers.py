# Generated from spec/imported/v2/customers.yaml by codegen (`make generate`); do not edit.
"""The `V2Customers` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from typing_extensions import deprecated

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_validate import CustomerValidate
from ..models.validate_password import ValidatePassword


class V2Customers(NodeResource):
    """`api.v2.customers` (v2): validate."""

    _op_validate: ClassVar[Operation[ValidatePassword]] = Operation(
        method="POST",
        path="customers/{customer_id}/validate",
        version="v2",
        result="one",
        model=ValidatePassword,
        body_type=CustomerValidate,
        operation_id="validateCustomerPassword",
    )

    @deprecated("Deprecated in BigCommerce's API documents; it may stop working.")
    def validate(
        self,
        customer_id: int,
        body: CustomerValidate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ValidatePassword:
        """`POST /v2/customers/{customer_id}/validate` (validateCustomerPassword).

        Returns one `ValidatePassword`.

        Deprecated in BigCommerce's API documents; it may stop working.

        Args:
            customer_id: `int`, the path's `{customer_id}`.
            body: `CustomerValidate`, the request body.
        """
        return self._call(
            self._op_validate,
            f"customers/{segment(customer_id)}/validate",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
