# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionCustomProviderFieldResult` model."""

from __future__ import annotations

from ...._model import ApiModel


class TransactionCustomProviderFieldResult(ApiModel):
    """`TransactionCustomProviderFieldResult`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    receipt_number: str | None = None
    """May be null."""
    authorization_code: str | None = None
    """May be null."""
    fraud_response: str | None = None
    """May be null."""
    amount_received: int | float | None = None
    """May be null."""
