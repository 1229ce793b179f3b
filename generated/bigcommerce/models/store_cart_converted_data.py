# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartConvertedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCartConvertedData(ApiModel):
    """`StoreCartConvertedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: str | None = None
    orderId: int | None = None


@with_config(REQUEST_CONFIG)
class StoreCartConvertedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCartConvertedData` with; unknown keys are refused."""

    type: str
    id: str
    orderId: int


@with_config(REQUEST_CONFIG)
class StoreCartConvertedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCartConvertedData` with; unknown keys are refused."""

    type: str
    id: str
    orderId: int
