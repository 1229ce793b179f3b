# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `ValidateCustomerCredentialsResponseObject` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ValidateCustomerCredentialsResponseObject(ApiModel):
    """`ValidateCustomerCredentialsResponseObject`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    customer_id: int | None = None
    is_valid: bool | None = None


@with_config(REQUEST_CONFIG)
class ValidateCustomerCredentialsResponseObjectCreate(TypedDict, total=False):
    """The fields to create a `ValidateCustomerCredentialsResponseObject` with; unknown keys are
    refused.
    """

    customer_id: int | None
    is_valid: bool


@with_config(REQUEST_CONFIG)
class ValidateCustomerCredentialsResponseObjectUpdate(TypedDict, total=False):
    """The fields to update a `ValidateCustomerCredentialsResponseObject` with; unknown keys are
    refused.
    """

    customer_id: int | None
    is_valid: bool
