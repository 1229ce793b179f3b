# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ZoneCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .zone_create_free_shipping import ZoneCreateFreeShipping, ZoneCreateFreeShippingCreate
from .zone_create_handling_fees import ZoneCreateHandlingFees, ZoneCreateHandlingFeesCreate
from .zone_create_location import ZoneCreateLocation, ZoneCreateLocationCreate


class ZoneCreateModel(ApiModel):
    """`ZoneCreateModel`: an object of the v2 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. One of: `'zip'`, `'country'`, `'state'`, `'global'`."""
    locations: list[ZoneCreateLocation] | None = None
    free_shipping: ZoneCreateFreeShipping | None = None
    handling_fees: ZoneCreateHandlingFees | None = None
    enabled: bool | None = None


@with_config(REQUEST_CONFIG)
class ZoneCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    type: Required[Literal["zip", "country", "state", "global"]]
    locations: list[ZoneCreateLocationCreate]
    free_shipping: ZoneCreateFreeShippingCreate
    handling_fees: ZoneCreateHandlingFeesCreate
    enabled: bool
