# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupConsignmentGet` model."""

from __future__ import annotations

from .._model import ApiModel
from .pickup_consignment_get_line_items_item import PickupConsignmentGetLineItemsItem
from .pickup_consignment_location_get import PickupConsignmentLocationGet


class PickupConsignmentGet(ApiModel):
    """`PickupConsignmentGet`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    pickup_method_id: int | None = None
    pickup_method_display_name: str | None = None
    collection_instructions: str | None = None
    collection_time_description: str | None = None
    location: PickupConsignmentLocationGet | None = None
    line_items: list[PickupConsignmentGetLineItemsItem] | None = None
