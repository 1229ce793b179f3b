# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_create_free_shipping import ZoneCreateFreeShipping, ZoneCreateFreeShippingUpdate
from .zone_create_handling_fees import ZoneCreateHandlingFees, ZoneCreateHandlingFeesUpdate
from .zone_create_location import ZoneCreateLocation, ZoneCreateLocationUpdate


class ZoneUpdateModel(ApiModel):
    """`ZoneUpdateModel`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[ZoneCreateLocation] | None = None
    free_shipping: ZoneCreateFreeShipping | None = None
    handling_fees: ZoneCreateHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class ZoneUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    type: Literal["zip", "country", "state", "global"]
    locations: list[ZoneCreateLocationUpdate]
    free_shipping: ZoneCreateFreeShippingUpdate
    handling_fees: ZoneCreateHandlingFeesUpdate
    enabled: bool
