# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingZone` model."""

from __future__ import annotations

from ...._model import ApiModel
from .handling_fees import HandlingFees
from .shipping_zone_free_shipping import ShippingZoneFreeShipping
from .shipping_zone_locations import ShippingZoneLocations


class ShippingZone(ApiModel):
    """`ShippingZone`: an object of the v2 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.v2.shipping.zones`: `all`, `create`, `get`, `update`.
    """

    id: int
    name: str | None = None
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[ShippingZoneLocations] | None = None
    free_shipping: ShippingZoneFreeShipping | None = None
    handling_fees: HandlingFees | None = None
    enabled: bool | None = None
