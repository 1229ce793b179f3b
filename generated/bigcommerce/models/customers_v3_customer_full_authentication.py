# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomersV3CustomerFullAuthentication` model."""

from __future__ import annotations

from .._model import ApiModel


class CustomersV3CustomerFullAuthentication(ApiModel):
    """`CustomersV3CustomerFullAuthentication`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    force_password_reset: bool | None = None
