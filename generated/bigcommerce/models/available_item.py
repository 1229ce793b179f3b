# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `AvailableItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AvailableItem(ApiModel):
    """`AvailableItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    variant_id: int | None = None
    quantity: int | None = None


@with_config(REQUEST_CONFIG)
class AvailableItemCreate(TypedDict, total=False):
    """The fields to create a `AvailableItem` with; unknown keys are refused."""

    variant_id: int
    quantity: int


@with_config(REQUEST_CONFIG)
class AvailableItemUpdate(TypedDict, total=False):
    """The fields to update a `AvailableItem` with; unknown keys are refused."""

    variant_id: int
    quantity: int
