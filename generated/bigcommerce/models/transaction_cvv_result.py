# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionCvvResult` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionCvvResult(ApiModel):
    """`TransactionCvvResult`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    code: str | None = None
    message: str | None = None


@with_config(REQUEST_CONFIG)
class TransactionCvvResultCreate(TypedDict, total=False):
    """The fields to create a `TransactionCvvResult` with; unknown keys are refused."""

    code: str
    message: str


@with_config(REQUEST_CONFIG)
class TransactionCvvResultUpdate(TypedDict, total=False):
    """The fields to update a `TransactionCvvResult` with; unknown keys are refused."""

    code: str
    message: str
