# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `UpdateShippingZoneRequest` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_shipping_zone_request_free_shipping import (
    UpdateShippingZoneRequestFreeShipping,
    UpdateShippingZoneRequestFreeShippingUpdate,
)
from .update_shipping_zone_request_handling_fees import (
    UpdateShippingZoneRequestHandlingFees,
    UpdateShippingZoneRequestHandlingFeesUpdate,
)
from .update_shipping_zone_request_locations_item import (
    UpdateShippingZoneRequestLocationsItem,
    UpdateShippingZoneRequestLocationsItemUpdate,
)


class UpdateShippingZoneRequest(ApiModel):
    """`UpdateShippingZoneRequest`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[UpdateShippingZoneRequestLocationsItem] | None = None
    free_shipping: UpdateShippingZoneRequestFreeShipping | None = None
    handling_fees: UpdateShippingZoneRequestHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class UpdateShippingZoneRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateShippingZoneRequest` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    name: Required[str]
    type: Literal["zip", "country", "state", "global"]
    locations: list[UpdateShippingZoneRequestLocationsItemUpdate]
    free_shipping: UpdateShippingZoneRequestFreeShippingUpdate
    handling_fees: UpdateShippingZoneRequestHandlingFeesUpdate
    enabled: bool
