# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderMessageCreatedData` model."""

from __future__ import annotations

from ...._model import ApiModel
from .store_order_message_created_data_message import StoreOrderMessageCreatedDataMessage


class StoreOrderMessageCreatedData(ApiModel):
    """`StoreOrderMessageCreatedData`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    type: str | None = None
    id: int
    message: StoreOrderMessageCreatedDataMessage | None = None
