# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreInformationUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreInformationUpdatedData(ApiModel):
    """`StoreInformationUpdatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None


@with_config(REQUEST_CONFIG)
class StoreInformationUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreInformationUpdatedData` with; unknown keys are refused."""

    type: str


@with_config(REQUEST_CONFIG)
class StoreInformationUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreInformationUpdatedData` with; unknown keys are refused."""

    type: str
