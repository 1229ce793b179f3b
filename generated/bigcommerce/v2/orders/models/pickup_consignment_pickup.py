# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `PickupConsignmentPickup` model."""

from __future__ import annotations

from ...._model import ApiModel
from .digital_consignment_line_item import DigitalConsignmentLineItem
from .pickup_consignment_location_response import PickupConsignmentLocationResponse


class PickupConsignmentPickup(ApiModel):
    """`PickupConsignmentPickup`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    pickup_method_id: int | None = None
    pickup_method_display_name: str | None = None
    """At most 250 characters."""
    collection_instructions: str | None = None
    collection_time_description: str | None = None
    """At most 250 characters."""
    location: PickupConsignmentLocationResponse | None = None
    line_items: list[DigitalConsignmentLineItem] | None = None
