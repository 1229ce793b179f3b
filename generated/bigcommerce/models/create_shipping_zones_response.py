# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CreateShippingZonesResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_shipping_zones_response_free_shipping import (
    CreateShippingZonesResponseFreeShipping,
    CreateShippingZonesResponseFreeShippingCreate,
    CreateShippingZonesResponseFreeShippingUpdate,
)
from .create_shipping_zones_response_handling_fees import (
    CreateShippingZonesResponseHandlingFees,
    CreateShippingZonesResponseHandlingFeesCreate,
    CreateShippingZonesResponseHandlingFeesUpdate,
)
from .create_shipping_zones_response_locations_item import (
    CreateShippingZonesResponseLocationsItem,
    CreateShippingZonesResponseLocationsItemCreate,
    CreateShippingZonesResponseLocationsItemUpdate,
)


class CreateShippingZonesResponse(ApiModel):
    """`CreateShippingZonesResponse`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    type: str | None = None
    locations: list[CreateShippingZonesResponseLocationsItem] | None = None
    free_shipping: CreateShippingZonesResponseFreeShipping | None = None
    handling_fees: CreateShippingZonesResponseHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class CreateShippingZonesResponseCreate(TypedDict, total=False):
    """The fields to create a `CreateShippingZonesResponse` with; unknown keys are refused."""

    id: int
    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[CreateShippingZonesResponseLocationsItemCreate]
    free_shipping: CreateShippingZonesResponseFreeShippingCreate
    handling_fees: CreateShippingZonesResponseHandlingFeesCreate
    enabled: bool


@with_config(REQUEST_CONFIG)
class CreateShippingZonesResponseUpdate(TypedDict, total=False):
    """The fields to update a `CreateShippingZonesResponse` with; unknown keys are refused."""

    id: int
    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[CreateShippingZonesResponseLocationsItemUpdate]
    free_shipping: CreateShippingZonesResponseFreeShippingUpdate
    handling_fees: CreateShippingZonesResponseHandlingFeesUpdate
    enabled: bool
