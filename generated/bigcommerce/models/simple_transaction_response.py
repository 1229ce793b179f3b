# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `SimpleTransactionResponse` model."""

from __future__ import annotations

from .._model import ApiModel


class SimpleTransactionResponse(ApiModel):
    """`SimpleTransactionResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    transaction_id: str | None = None
