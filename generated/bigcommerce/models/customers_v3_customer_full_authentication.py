# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomersV3CustomerFullAuthentication` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomersV3CustomerFullAuthentication(ApiModel):
    """`CustomersV3CustomerFullAuthentication`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    force_password_reset: bool | None = None


@with_config(REQUEST_CONFIG)
class CustomersV3CustomerFullAuthenticationCreate(TypedDict, total=False):
    """The fields to create a `CustomersV3CustomerFullAuthentication` with; unknown keys are
    refused.
    """

    force_password_reset: bool


@with_config(REQUEST_CONFIG)
class CustomersV3CustomerFullAuthenticationUpdate(TypedDict, total=False):
    """The fields to update a `CustomersV3CustomerFullAuthentication` with; unknown keys are
    refused.
    """

    force_password_reset: bool
