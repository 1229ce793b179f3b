# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `ValidateCustomerCredentials` model."""

from __future__ import annotations

from ...._model import ApiModel


class ValidateCustomerCredentials(ApiModel):
    """`ValidateCustomerCredentials`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.customers`: `validate_credentials`.
    """

    customer_id: int | None = None
    """May be null."""
    is_valid: bool | None = None
