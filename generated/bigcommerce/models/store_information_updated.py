# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreInformationUpdated` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_information_updated_data import (
    StoreInformationUpdatedData,
    StoreInformationUpdatedDataCreate,
    StoreInformationUpdatedDataUpdate,
)


class StoreInformationUpdated(ApiModel):
    """`StoreInformationUpdated`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreInformationUpdatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreInformationUpdatedCreate(TypedDict, total=False):
    """The fields to create a `StoreInformationUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreInformationUpdatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreInformationUpdatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreInformationUpdated` with; unknown keys are refused."""

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreInformationUpdatedDataUpdate
