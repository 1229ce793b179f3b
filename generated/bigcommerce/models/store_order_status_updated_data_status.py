# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderStatusUpdatedDataStatus` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreOrderStatusUpdatedDataStatus(ApiModel):
    """`StoreOrderStatusUpdatedDataStatus`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    previous_status_id: int | None = None
    new_status_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderStatusUpdatedDataStatusCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderStatusUpdatedDataStatus` with; unknown keys are refused."""

    previous_status_id: int
    new_status_id: int


@with_config(REQUEST_CONFIG)
class StoreOrderStatusUpdatedDataStatusUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderStatusUpdatedDataStatus` with; unknown keys are refused."""

    previous_status_id: int
    new_status_id: int
