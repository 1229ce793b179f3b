# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreShipmentUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreShipmentUpdatedData(ApiModel):
    """`StoreShipmentUpdatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int | None = None
    orderId: int | None = None


@with_config(REQUEST_CONFIG)
class StoreShipmentUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreShipmentUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    orderId: int


@with_config(REQUEST_CONFIG)
class StoreShipmentUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreShipmentUpdatedData` with; unknown keys are refused."""

    type: str
    id: int
    orderId: int
