# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreShipmentCreatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreShipmentCreatedData(ApiModel):
    """`StoreShipmentCreatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: int | None = None
    orderId: int | None = None


@with_config(REQUEST_CONFIG)
class StoreShipmentCreatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreShipmentCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    orderId: int


@with_config(REQUEST_CONFIG)
class StoreShipmentCreatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreShipmentCreatedData` with; unknown keys are refused."""

    type: str
    id: int
    orderId: int
