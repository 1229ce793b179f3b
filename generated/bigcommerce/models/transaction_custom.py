# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionCustom` model."""

from __future__ import annotations

from .._model import ApiModel


class TransactionCustom(ApiModel):
    """`TransactionCustom`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    payment_method: str | None = None
