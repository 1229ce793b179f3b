# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionPickupOption` model."""

from __future__ import annotations

from ...._model import ApiModel
from .available_item import AvailableItem
from .pickup_method_pickup_method import PickupMethodPickupMethod


class PickupOptionPickupOption(ApiModel):
    """`PickupOptionPickupOption`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    pickup_method: PickupMethodPickupMethod | None = None
    available_items: list[AvailableItem] | None = None
