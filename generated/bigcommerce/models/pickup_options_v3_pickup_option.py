# Generated from spec/imported/v3/pickup.yaml by codegen (`make generate`); do not edit.
"""The `PickupOptionsV3PickupOption` model."""

from __future__ import annotations

from .._model import ApiModel
from .available_item import AvailableItem
from .pickup_method import PickupMethod


class PickupOptionsV3PickupOption(ApiModel):
    """`PickupOptionsV3PickupOption`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    pickup_method: PickupMethod | None = None
    available_items: list[AvailableItem] | None = None
