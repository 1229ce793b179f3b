# Generated from spec/v2/payment_methods.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethod` model."""

from __future__ import annotations

from .._model import ApiModel


class PaymentMethod(ApiModel):
    """`PaymentMethod`: an object of the v2 `PaymentMethods` resource. Every field is optional;
    unknown fields are kept.
    """

    code: str | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    test_mode: bool | None = None
    """Read-only: set by the API, never sent."""
