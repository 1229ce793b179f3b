# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreOrderStatusUpdatedDataStatus` model."""

from __future__ import annotations

from ...._model import ApiModel


class StoreOrderStatusUpdatedDataStatus(ApiModel):
    """`StoreOrderStatusUpdatedDataStatus`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    previous_status_id: int | None = None
    new_status_id: int | None = None
