# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationItemsResponseSettings` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class LocationItemsResponseSettings(ApiModel):
    """`LocationItemsResponseSettings`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    safety_stock: int | None = None
    is_in_stock: bool | None = None
    warning_level: int | None = None
    bin_picking_number: str | None = None


@with_config(REQUEST_CONFIG)
class LocationItemsResponseSettingsCreate(TypedDict, total=False):
    """The fields to create a `LocationItemsResponseSettings` with; unknown keys are refused."""

    safety_stock: int
    is_in_stock: bool
    warning_level: int
    bin_picking_number: str


@with_config(REQUEST_CONFIG)
class LocationItemsResponseSettingsUpdate(TypedDict, total=False):
    """The fields to update a `LocationItemsResponseSettings` with; unknown keys are refused."""

    safety_stock: int
    is_in_stock: bool
    warning_level: int
    bin_picking_number: str
