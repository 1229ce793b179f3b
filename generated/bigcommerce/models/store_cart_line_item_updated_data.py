# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartLineItemUpdatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCartLineItemUpdatedData(ApiModel):
    """`StoreCartLineItemUpdatedData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    id: str | None = None
    cartId: str | None = None


@with_config(REQUEST_CONFIG)
class StoreCartLineItemUpdatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCartLineItemUpdatedData` with; unknown keys are refused."""

    type: str
    id: str
    cartId: str


@with_config(REQUEST_CONFIG)
class StoreCartLineItemUpdatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCartLineItemUpdatedData` with; unknown keys are refused."""

    type: str
    id: str
    cartId: str
