# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `Location` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .location_address import LocationAddress
from .location_special_hour import LocationSpecialHour
from .operating_hours import OperatingHours


class Location(ApiModel):
    """`Location`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.inventory.locations`: `all`.
    """

    id: int
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
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None
    address: LocationAddress | None = None
    storefront_visibility: bool | None = None
    """Default `true`."""
    special_hours: list[LocationSpecialHour] | None = None
