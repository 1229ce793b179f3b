# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `CreateShippingZonesRequest` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_shipping_zones_request_free_shipping import (
    CreateShippingZonesRequestFreeShipping,
    CreateShippingZonesRequestFreeShippingCreate,
)
from .create_shipping_zones_request_handling_fees import (
    CreateShippingZonesRequestHandlingFees,
    CreateShippingZonesRequestHandlingFeesCreate,
)
from .create_shipping_zones_request_locations_item import (
    CreateShippingZonesRequestLocationsItem,
    CreateShippingZonesRequestLocationsItemCreate,
)


class CreateShippingZonesRequest(ApiModel):
    """`CreateShippingZonesRequest`: an object of the v2 API. Every field is optional; unknown
    fields are kept.
    """

    name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[CreateShippingZonesRequestLocationsItem] | None = None
    free_shipping: CreateShippingZonesRequestFreeShipping | None = None
    handling_fees: CreateShippingZonesRequestHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class CreateShippingZonesRequestCreate(TypedDict, total=False):
    """The fields to create a `CreateShippingZonesRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    name: Required[str]
    type: Required[Literal["zip", "country", "state", "global"]]
    locations: list[CreateShippingZonesRequestLocationsItemCreate]
    free_shipping: CreateShippingZonesRequestFreeShippingCreate
    handling_fees: CreateShippingZonesRequestHandlingFeesCreate
    enabled: bool
