# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerAuthenticationResponse` model."""

from __future__ import annotations

from ...._model import ApiModel


class CustomerAuthenticationResponse(ApiModel):
    """`CustomerAuthenticationResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    force_password_reset: bool | None = None
