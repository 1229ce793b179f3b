# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationResponse` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .location_response_address import (
    LocationResponseAddress,
    LocationResponseAddressCreate,
    LocationResponseAddressUpdate,
)
from .location_response_special_hours_item import (
    LocationResponseSpecialHoursItem,
    LocationResponseSpecialHoursItemCreate,
    LocationResponseSpecialHoursItemUpdate,
)
from .operating_hours import OperatingHours, OperatingHoursCreate, OperatingHoursUpdate


class LocationResponse(ApiModel):
    """`LocationResponse`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    code: str | None = None
    label: str | None = None
    description: str | None = None
    managed_by_external_source: bool | None = None
    type_id: str | None = None
    enabled: bool | None = None
    operating_hours: OperatingHours | None = None
    time_zone: str | None = None
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    address: LocationResponseAddress | None = None
    storefront_visibility: bool | None = None
    special_hours: list[LocationResponseSpecialHoursItem] | None = None


@with_config(REQUEST_CONFIG)
class LocationResponseCreate(TypedDict, total=False):
    """The fields to create a `LocationResponse` with; unknown keys are refused."""

    id: int
    code: str
    label: str
    description: str
    managed_by_external_source: bool
    type_id: Literal["PHYSICAL", "VIRTUAL"]
    enabled: bool
    operating_hours: OperatingHoursCreate
    time_zone: str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
    address: LocationResponseAddressCreate
    storefront_visibility: bool
    special_hours: list[LocationResponseSpecialHoursItemCreate]


@with_config(REQUEST_CONFIG)
class LocationResponseUpdate(TypedDict, total=False):
    """The fields to update a `LocationResponse` with; unknown keys are refused."""

    id: int
    code: str
    label: str
    description: str
    managed_by_external_source: bool
    type_id: Literal["PHYSICAL", "VIRTUAL"]
    enabled: bool
    operating_hours: OperatingHoursUpdate
    time_zone: str
    created_at: _dt.datetime | str
    updated_at: _dt.datetime | str
    address: LocationResponseAddressUpdate
    storefront_visibility: bool
    special_hours: list[LocationResponseSpecialHoursItemUpdate]
