# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionAvsResult` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionAvsResult(ApiModel):
    """`TransactionAvsResult`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    code: str | None = None
    message: str | None = None
    street_match: str | None = None
    postal_match: str | None = None


@with_config(REQUEST_CONFIG)
class TransactionAvsResultCreate(TypedDict, total=False):
    """The fields to create a `TransactionAvsResult` with; unknown keys are refused."""

    code: str
    message: str
    street_match: str
    postal_match: str


@with_config(REQUEST_CONFIG)
class TransactionAvsResultUpdate(TypedDict, total=False):
    """The fields to update a `TransactionAvsResult` with; unknown keys are refused."""

    code: str
    message: str
    street_match: str
    postal_match: str
