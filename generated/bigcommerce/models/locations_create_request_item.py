# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationsCreateRequestItem` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .blackout_hours_item import BlackoutHoursItem, BlackoutHoursItemCreate
from .locations_create_request_item_address import (
    LocationsCreateRequestItemAddress,
    LocationsCreateRequestItemAddressCreate,
)
from .operating_hours import OperatingHours, OperatingHoursCreate


class LocationsCreateRequestItem(ApiModel):
    """`LocationsCreateRequestItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    code: str | None = None
    label: str | None = None
    description: str | None = None
    managed_by_external_source: bool | None = None
    type_id: str | None = None
    """One of: `'PHYSICAL'`, `'VIRTUAL'`."""
    enabled: bool | None = None
    operating_hours: OperatingHours | None = None
    time_zone: str | None = None
    address: LocationsCreateRequestItemAddress | None = None
    storefront_visibility: bool | None = None
    special_hours: list[BlackoutHoursItem] | None = None


@with_config(REQUEST_CONFIG)
class LocationsCreateRequestItemCreate(TypedDict, total=False):
    """The fields to create a `LocationsCreateRequestItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    code: str
    label: str
    description: str
    managed_by_external_source: bool
    type_id: Literal["PHYSICAL", "VIRTUAL"]
    enabled: bool
    operating_hours: OperatingHoursCreate
    time_zone: str
    address: LocationsCreateRequestItemAddressCreate
    storefront_visibility: bool
    special_hours: list[BlackoutHoursItemCreate]
