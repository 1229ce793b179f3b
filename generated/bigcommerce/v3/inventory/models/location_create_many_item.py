# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationCreateManyItemModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .location_create_many_item_address import (
    LocationCreateManyItemAddress,
    LocationCreateManyItemAddressCreate,
)
from .location_create_many_item_special_hour import (
    LocationCreateManyItemSpecialHour,
    LocationCreateManyItemSpecialHourCreate,
)
from .operating_hours import OperatingHours, OperatingHoursCreate


class LocationCreateManyItemModel(ApiModel):
    """`LocationCreateManyItemModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    code: str | None = None
    label: str | None = None
    description: str | None = None
    managed_by_external_source: bool | None = None
    type_id: str | None = None
    """One of: `'PHYSICAL'`, `'VIRTUAL'`. Default `'PHYSICAL'`."""
    enabled: bool | None = None
    """Default `true`."""
    operating_hours: OperatingHours | None = None
    time_zone: str | None = None
    address: LocationCreateManyItemAddress | None = None
    storefront_visibility: bool | None = None
    """Default `true`."""
    special_hours: list[LocationCreateManyItemSpecialHour] | None = None


@with_config(REQUEST_CONFIG)
class LocationCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    code: str
    label: str
    description: str
    managed_by_external_source: bool
    type_id: Literal["PHYSICAL", "VIRTUAL"]
    """Default `'PHYSICAL'`."""
    enabled: bool
    """Default `true`."""
    operating_hours: OperatingHoursCreate
    time_zone: str
    address: LocationCreateManyItemAddressCreate
    storefront_visibility: bool
    """Default `true`."""
    special_hours: list[LocationCreateManyItemSpecialHourCreate]
