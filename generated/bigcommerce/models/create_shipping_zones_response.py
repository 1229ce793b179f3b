# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CreateShippingZonesResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .create_shipping_zones_response_free_shipping import CreateShippingZonesResponseFreeShipping
from .create_shipping_zones_response_handling_fees import CreateShippingZonesResponseHandlingFees
from .create_shipping_zones_response_locations_item import CreateShippingZonesResponseLocationsItem


class CreateShippingZonesResponse(ApiModel):
    """`CreateShippingZonesResponse`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    name: str | None = None
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[CreateShippingZonesResponseLocationsItem] | None = None
    free_shipping: CreateShippingZonesResponseFreeShipping | None = None
    handling_fees: CreateShippingZonesResponseHandlingFees | None = None
    enabled: bool | None = None
