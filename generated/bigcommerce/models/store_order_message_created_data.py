# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderMessageCreatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_order_message_created_data_message import (
    StoreOrderMessageCreatedDataMessage,
    StoreOrderMessageCreatedDataMessageCreate,
    StoreOrderMessageCreatedDataMessageUpdate,
)


class StoreOrderMessageCreatedData(ApiModel):
    """`StoreOrderMessageCreatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int | None = None
    message: StoreOrderMessageCreatedDataMessage | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderMessageCreatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderMessageCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    message: StoreOrderMessageCreatedDataMessageCreate


@with_config(REQUEST_CONFIG)
class StoreOrderMessageCreatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderMessageCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    message: StoreOrderMessageCreatedDataMessageUpdate
