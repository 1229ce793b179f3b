# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `SimpleTransactionResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SimpleTransactionResponse(ApiModel):
    """`SimpleTransactionResponse`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    transaction_id: str | None = None


@with_config(REQUEST_CONFIG)
class SimpleTransactionResponseCreate(TypedDict, total=False):
    """The fields to create a `SimpleTransactionResponse` with; unknown keys are refused."""

    transaction_id: str


@with_config(REQUEST_CONFIG)
class SimpleTransactionResponseUpdate(TypedDict, total=False):
    """The fields to update a `SimpleTransactionResponse` with; unknown keys are refused."""

    transaction_id: str
