# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `GetShippingZonesResponseItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_shipping_zones_response_item_free_shipping import GetShippingZonesResponseItemFreeShipping
from .get_shipping_zones_response_item_handling_fees import GetShippingZonesResponseItemHandlingFees
from .get_shipping_zones_response_item_locations_item import (
    GetShippingZonesResponseItemLocationsItem,
)


class GetShippingZonesResponseItem(ApiModel):
    """`GetShippingZonesResponseItem`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    name: str | None = None
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[GetShippingZonesResponseItemLocationsItem] | None = None
    free_shipping: GetShippingZonesResponseItemFreeShipping | None = None
    handling_fees: GetShippingZonesResponseItemHandlingFees | None = None
    enabled: bool | None = None
