# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `ItemPhysicalGetGiftWrapping` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ItemPhysicalGetGiftWrapping(ApiModel):
    """`ItemPhysicalGetGiftWrapping`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    message: str | None = None
    amount: float | None = None


@with_config(REQUEST_CONFIG)
class ItemPhysicalGetGiftWrappingCreate(TypedDict, total=False):
    """The fields to create a `ItemPhysicalGetGiftWrapping` with; unknown keys are refused."""

    name: str
    message: str
    amount: float


@with_config(REQUEST_CONFIG)
class ItemPhysicalGetGiftWrappingUpdate(TypedDict, total=False):
    """The fields to update a `ItemPhysicalGetGiftWrapping` with; unknown keys are refused."""

    name: str
    message: str
    amount: float
