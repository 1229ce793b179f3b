# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCartUpdatedData(ApiModel):
    """`StoreCartUpdatedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: str | None = None


@with_config(REQUEST_CONFIG)
class StoreCartUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCartUpdatedData` with; unknown keys are refused."""

    type: str
    id: str


@with_config(REQUEST_CONFIG)
class StoreCartUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCartUpdatedData` with; unknown keys are refused."""

    type: str
    id: str
