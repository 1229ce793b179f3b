# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderMessageCreatedDataMessage` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreOrderMessageCreatedDataMessage(ApiModel):
    """`StoreOrderMessageCreatedDataMessage`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    order_message_id: int | None = None


@with_config(REQUEST_CONFIG)
class StoreOrderMessageCreatedDataMessageCreate(TypedDict, total=False):
    """The fields to create a `StoreOrderMessageCreatedDataMessage` with; unknown keys are
    refused.
    """

    order_message_id: int


@with_config(REQUEST_CONFIG)
class StoreOrderMessageCreatedDataMessageUpdate(TypedDict, total=False):
    """The fields to update a `StoreOrderMessageCreatedDataMessage` with; unknown keys are
    refused.
    """

    order_message_id: int
