# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundIDGetDataPaymentsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class RefundIDGetDataPaymentsItem(ApiModel):
    """`RefundIDGetDataPaymentsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    provider_id: str | None = None
    amount: float | None = None
    offline: bool | None = None
    is_declined: bool | None = None
    declined_message: str | None = None


@with_config(REQUEST_CONFIG)
class RefundIDGetDataPaymentsItemCreate(TypedDict, total=False):
    """The fields to create a `RefundIDGetDataPaymentsItem` with; unknown keys are refused."""

    id: int
    provider_id: str
    amount: float
    offline: bool
    is_declined: bool
    declined_message: str


@with_config(REQUEST_CONFIG)
class RefundIDGetDataPaymentsItemUpdate(TypedDict, total=False):
    """The fields to update a `RefundIDGetDataPaymentsItem` with; unknown keys are refused."""

    id: int
    provider_id: str
    amount: float
    offline: bool
    is_declined: bool
    declined_message: str
