# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationUpdateManyItemModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .location_create_many_item_special_hour import (
    LocationCreateManyItemSpecialHour,
    LocationCreateManyItemSpecialHourUpdate,
)
from .location_update_many_item_address import (
    LocationUpdateManyItemAddress,
    LocationUpdateManyItemAddressUpdate,
)
from .operating_hours import OperatingHours, OperatingHoursUpdate


class LocationUpdateManyItemModel(ApiModel):
    """`LocationUpdateManyItemModel`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Required to create and update."""
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
    address: LocationUpdateManyItemAddress | None = None
    storefront_visibility: bool | None = None
    """Default `true`."""
    special_hours: list[LocationCreateManyItemSpecialHour] | None = None


@with_config(REQUEST_CONFIG)
class LocationUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: Required[int]
    code: str
    label: str
    description: str
    managed_by_external_source: bool
    type_id: Literal["PHYSICAL", "VIRTUAL"]
    """Default `'PHYSICAL'`."""
    enabled: bool
    """Default `true`."""
    operating_hours: OperatingHoursUpdate
    time_zone: str
    address: LocationUpdateManyItemAddressUpdate
    storefront_visibility: bool
    """Default `true`."""
    special_hours: list[LocationCreateManyItemSpecialHourUpdate]
