# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `GiftCertificate` model."""

from __future__ import annotations

from ...._model import ApiModel


class GiftCertificate(ApiModel):
    """`GiftCertificate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    code: str | None = None
    original_balance: int | float | None = None
    """From 0 to 21474836.47."""
    starting_balance: int | float | None = None
    """At least 0."""
    remaining_balance: int | float | None = None
    status: str | None = None
    """One of: `'active'`, `'pending'`, `'disabled'`, `'expired'`."""
