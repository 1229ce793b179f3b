# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `UpdateShippingZoneResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .update_shipping_zone_response_free_shipping import UpdateShippingZoneResponseFreeShipping
from .update_shipping_zone_response_handling_fees import UpdateShippingZoneResponseHandlingFees
from .update_shipping_zone_response_locations_item import UpdateShippingZoneResponseLocationsItem


class UpdateShippingZoneResponse(ApiModel):
    """`UpdateShippingZoneResponse`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[UpdateShippingZoneResponseLocationsItem] | None = None
    free_shipping: UpdateShippingZoneResponseFreeShipping | None = None
    handling_fees: UpdateShippingZoneResponseHandlingFees | None = None
    enabled: bool | None = None
