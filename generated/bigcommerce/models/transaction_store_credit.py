# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionStoreCredit` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionStoreCredit(ApiModel):
    """`TransactionStoreCredit`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    remaining_balance: float | None = None


@with_config(REQUEST_CONFIG)
class TransactionStoreCreditCreate(TypedDict, total=False):
    """The fields to create a `TransactionStoreCredit` with; unknown keys are refused."""

    remaining_balance: float


@with_config(REQUEST_CONFIG)
class TransactionStoreCreditUpdate(TypedDict, total=False):
    """The fields to update a `TransactionStoreCredit` with; unknown keys are refused."""

    remaining_balance: float
