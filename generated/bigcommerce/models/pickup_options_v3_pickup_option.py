# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsV3PickupOption` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .available_item import AvailableItem, AvailableItemCreate, AvailableItemUpdate
from .pickup_method import PickupMethod, PickupMethodCreate, PickupMethodUpdate


class PickupOptionsV3PickupOption(ApiModel):
    """`PickupOptionsV3PickupOption`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    pickup_method: PickupMethod | None = None
    available_items: list[AvailableItem] | None = None


@with_config(REQUEST_CONFIG)
class PickupOptionsV3PickupOptionCreate(TypedDict, total=False):
    """The fields to create a `PickupOptionsV3PickupOption` with; unknown keys are refused."""

    pickup_method: PickupMethodCreate
    available_items: list[AvailableItemCreate]


@with_config(REQUEST_CONFIG)
class PickupOptionsV3PickupOptionUpdate(TypedDict, total=False):
    """The fields to update a `PickupOptionsV3PickupOption` with; unknown keys are refused."""

    pickup_method: PickupMethodUpdate
    available_items: list[AvailableItemUpdate]
