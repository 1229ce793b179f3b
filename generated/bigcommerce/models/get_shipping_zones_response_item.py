# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `GetShippingZonesResponseItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_shipping_zones_response_item_free_shipping import (
    GetShippingZonesResponseItemFreeShipping,
    GetShippingZonesResponseItemFreeShippingCreate,
    GetShippingZonesResponseItemFreeShippingUpdate,
)
from .get_shipping_zones_response_item_handling_fees import (
    GetShippingZonesResponseItemHandlingFees,
    GetShippingZonesResponseItemHandlingFeesCreate,
    GetShippingZonesResponseItemHandlingFeesUpdate,
)
from .get_shipping_zones_response_item_locations_item import (
    GetShippingZonesResponseItemLocationsItem,
    GetShippingZonesResponseItemLocationsItemCreate,
    GetShippingZonesResponseItemLocationsItemUpdate,
)


class GetShippingZonesResponseItem(ApiModel):
    """`GetShippingZonesResponseItem`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    id: int | None = None
    name: str | None = None
    type: str | None = None
    locations: list[GetShippingZonesResponseItemLocationsItem] | None = None
    free_shipping: GetShippingZonesResponseItemFreeShipping | None = None
    handling_fees: GetShippingZonesResponseItemHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class GetShippingZonesResponseItemCreate(TypedDict, total=False):
    """The fields to create a `GetShippingZonesResponseItem` with; unknown keys are refused."""

    id: int
    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[GetShippingZonesResponseItemLocationsItemCreate]
    free_shipping: GetShippingZonesResponseItemFreeShippingCreate
    handling_fees: GetShippingZonesResponseItemHandlingFeesCreate
    enabled: bool


@with_config(REQUEST_CONFIG)
class GetShippingZonesResponseItemUpdate(TypedDict, total=False):
    """The fields to update a `GetShippingZonesResponseItem` with; unknown keys are refused."""

    id: int
    name: str
    type: Literal["zip", "country", "state", "global"]
    locations: list[GetShippingZonesResponseItemLocationsItemUpdate]
    free_shipping: GetShippingZonesResponseItemFreeShippingUpdate
    handling_fees: GetShippingZonesResponseItemHandlingFeesUpdate
    enabled: bool
