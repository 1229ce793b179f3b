# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCartCreatedData` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class StoreCartCreatedData(ApiModel):
    """`StoreCartCreatedData`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    id: str | None = None


@with_config(REQUEST_CONFIG)
class StoreCartCreatedDataCreate(TypedDict, total=False):
    """The fields to create a `StoreCartCreatedData` with; unknown keys are refused."""

    type: Literal["cart", "cart_line_item"]
    id: str


@with_config(REQUEST_CONFIG)
class StoreCartCreatedDataUpdate(TypedDict, total=False):
    """The fields to update a `StoreCartCreatedData` with; unknown keys are refused."""

    type: Literal["cart", "cart_line_item"]
    id: str
