# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundPayment` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class RefundPayment(ApiModel):
    """`RefundPayment`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    provider_id: str | None = None
    amount: float | None = None
    offline: bool | None = None
    is_declined: bool | None = None
    declined_message: str | None = None
    transaction_id: str | None = None


@with_config(REQUEST_CONFIG)
class RefundPaymentCreate(TypedDict, total=False):
    """The fields to create a `RefundPayment` with; unknown keys are refused."""

    provider_id: str
    amount: float
    offline: bool
    is_declined: bool
    declined_message: str
    transaction_id: str


@with_config(REQUEST_CONFIG)
class RefundPaymentUpdate(TypedDict, total=False):
    """The fields to update a `RefundPayment` with; unknown keys are refused."""

    provider_id: str
    amount: float
    offline: bool
    is_declined: bool
    declined_message: str
    transaction_id: str
