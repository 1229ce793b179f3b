# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `PaymentOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PaymentOption(ApiModel):
    """`PaymentOption`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    provider_id: str | None = None
    provider_description: str | None = None
    amount: float | None = None
    offline: bool | None = None
    offline_provider: bool | None = None
    offline_reason: str | None = None


@with_config(REQUEST_CONFIG)
class PaymentOptionCreate(TypedDict, total=False):
    """The fields to create a `PaymentOption` with; unknown keys are refused."""

    provider_id: str
    provider_description: str
    amount: float
    offline: bool
    offline_provider: bool
    offline_reason: str


@with_config(REQUEST_CONFIG)
class PaymentOptionUpdate(TypedDict, total=False):
    """The fields to update a `PaymentOption` with; unknown keys are refused."""

    provider_id: str
    provider_description: str
    amount: float
    offline: bool
    offline_provider: bool
    offline_reason: str
