# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentsData` model."""

from __future__ import annotations

from ...._model import ApiModel


class PaymentsData(ApiModel):
    """`PaymentsData`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.payments`: `process`.
    """

    id: str | None = None
    transaction_type: str | None = None
    """One of: `'authorization'`, `'purchase'`."""
    status: str | None = None
    """One of: `'success'`, `'pending'`."""
