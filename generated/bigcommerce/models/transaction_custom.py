# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionCustom` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionCustom(ApiModel):
    """`TransactionCustom`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    payment_method: str | None = None


@with_config(REQUEST_CONFIG)
class TransactionCustomCreate(TypedDict, total=False):
    """The fields to create a `TransactionCustom` with; unknown keys are refused."""

    payment_method: str


@with_config(REQUEST_CONFIG)
class TransactionCustomUpdate(TypedDict, total=False):
    """The fields to update a `TransactionCustom` with; unknown keys are refused."""

    payment_method: str
