# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `GetShippingZoneResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_shipping_zone_response_free_shipping import GetShippingZoneResponseFreeShipping
from .get_shipping_zone_response_handling_fees import GetShippingZoneResponseHandlingFees
from .get_shipping_zone_response_locations_item import GetShippingZoneResponseLocationsItem


class GetShippingZoneResponse(ApiModel):
    """`GetShippingZoneResponse`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    name: str | None = None
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[GetShippingZoneResponseLocationsItem] | None = None
    free_shipping: GetShippingZoneResponseFreeShipping | None = None
    handling_fees: GetShippingZoneResponseHandlingFees | None = None
    enabled: bool | None = None
