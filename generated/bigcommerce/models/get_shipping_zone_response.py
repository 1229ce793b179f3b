# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `GetShippingZoneResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_shipping_zone_response_free_shipping import (
    GetShippingZoneResponseFreeShipping,
    GetShippingZoneResponseFreeShippingCreate,
    GetShippingZoneResponseFreeShippingUpdate,
)
from .get_shipping_zone_response_handling_fees import (
    GetShippingZoneResponseHandlingFees,
    GetShippingZoneResponseHandlingFeesCreate,
    GetShippingZoneResponseHandlingFeesUpdate,
)
from .get_shipping_zone_response_locations_item import (
    GetShippingZoneResponseLocationsItem,
    GetShippingZoneResponseLocationsItemCreate,
    GetShippingZoneResponseLocationsItemUpdate,
)


class GetShippingZoneResponse(ApiModel):
    """`GetShippingZoneResponse`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    type: str | None = None
    locations: list[GetShippingZoneResponseLocationsItem] | None = None
    free_shipping: GetShippingZoneResponseFreeShipping | None = None
    handling_fees: GetShippingZoneResponseHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class GetShippingZoneResponseCreate(TypedDict, total=False):
    """The fields to create a `GetShippingZoneResponse` with; unknown keys are refused."""

    id: int
    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[GetShippingZoneResponseLocationsItemCreate]
    free_shipping: GetShippingZoneResponseFreeShippingCreate
    handling_fees: GetShippingZoneResponseHandlingFeesCreate
    enabled: bool


@with_config(REQUEST_CONFIG)
class GetShippingZoneResponseUpdate(TypedDict, total=False):
    """The fields to update a `GetShippingZoneResponse` with; unknown keys are refused."""

    id: int
    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[GetShippingZoneResponseLocationsItemUpdate]
    free_shipping: GetShippingZoneResponseFreeShippingUpdate
    handling_fees: GetShippingZoneResponseHandlingFeesUpdate
    enabled: bool
