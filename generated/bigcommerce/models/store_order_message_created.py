# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderMessageCreated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_order_message_created_data import (
    StoreOrderMessageCreatedData,
    StoreOrderMessageCreatedDataCreate,
    StoreOrderMessageCreatedDataUpdate,
)


class StoreOrderMessageCreated(ApiModel):
    """`StoreOrderMessageCreated`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreOrderMessageCreatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderMessageCreatedCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderMessageCreated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreOrderMessageCreatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreOrderMessageCreatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderMessageCreated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreOrderMessageCreatedDataUpdate
