# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionCustomProviderFieldResult` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionCustomProviderFieldResult(ApiModel):
    """`TransactionCustomProviderFieldResult`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    receipt_number: str | None = None
    authorization_code: str | None = None
    fraud_response: str | None = None
    amount_received: float | None = None


@with_config(REQUEST_CONFIG)
class TransactionCustomProviderFieldResultCreate(TypedDict, total=False):
    """The fields to create a `TransactionCustomProviderFieldResult` with; unknown keys are
    refused.
    """

    receipt_number: str | None
    authorization_code: str | None
    fraud_response: str | None
    amount_received: float | None


@with_config(REQUEST_CONFIG)
class TransactionCustomProviderFieldResultUpdate(TypedDict, total=False):
    """The fields to update a `TransactionCustomProviderFieldResult` with; unknown keys are
    refused.
    """

    receipt_number: str | None
    authorization_code: str | None
    fraud_response: str | None
    amount_received: float | None
