# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `UpdateShippingZoneResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_shipping_zone_response_free_shipping import (
    UpdateShippingZoneResponseFreeShipping,
    UpdateShippingZoneResponseFreeShippingCreate,
    UpdateShippingZoneResponseFreeShippingUpdate,
)
from .update_shipping_zone_response_handling_fees import (
    UpdateShippingZoneResponseHandlingFees,
    UpdateShippingZoneResponseHandlingFeesCreate,
    UpdateShippingZoneResponseHandlingFeesUpdate,
)
from .update_shipping_zone_response_locations_item import (
    UpdateShippingZoneResponseLocationsItem,
    UpdateShippingZoneResponseLocationsItemCreate,
    UpdateShippingZoneResponseLocationsItemUpdate,
)


class UpdateShippingZoneResponse(ApiModel):
    """`UpdateShippingZoneResponse`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    type: str | None = None
    locations: list[UpdateShippingZoneResponseLocationsItem] | None = None
    free_shipping: UpdateShippingZoneResponseFreeShipping | None = None
    handling_fees: UpdateShippingZoneResponseHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class UpdateShippingZoneResponseCreate(TypedDict, total=False):
    """The fields to create a `UpdateShippingZoneResponse` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    name: Required[str]
    type: Literal["zip", "country", "state", "global"]
    locations: list[UpdateShippingZoneResponseLocationsItemCreate]
    free_shipping: UpdateShippingZoneResponseFreeShippingCreate
    handling_fees: UpdateShippingZoneResponseHandlingFeesCreate
    enabled: bool


@with_config(REQUEST_CONFIG)
class UpdateShippingZoneResponseUpdate(TypedDict, total=False):
    """The fields to update a `UpdateShippingZoneResponse` with; unknown keys are refused."""

    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[UpdateShippingZoneResponseLocationsItemUpdate]
    free_shipping: UpdateShippingZoneResponseFreeShippingUpdate
    handling_fees: UpdateShippingZoneResponseHandlingFeesUpdate
    enabled: bool
