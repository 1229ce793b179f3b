# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `OperatingHours` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .operating_hours_for_day import (
    OperatingHoursForDay,
    OperatingHoursForDayCreate,
    OperatingHoursForDayUpdate,
)


class OperatingHours(ApiModel):
    """`OperatingHours`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    sunday: OperatingHoursForDay | None = None
    monday: OperatingHoursForDay | None = None
    tuesday: OperatingHoursForDay | None = None
    wednesday: OperatingHoursForDay | None = None
    thursday: OperatingHoursForDay | None = None
    friday: OperatingHoursForDay | None = None
    saturday: OperatingHoursForDay | None = None


@with_config(REQUEST_CONFIG)
class OperatingHoursCreate(TypedDict, total=False):
    """The fields to create a `OperatingHours` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    sunday: OperatingHoursForDayCreate
    monday: OperatingHoursForDayCreate
    tuesday: OperatingHoursForDayCreate
    wednesday: OperatingHoursForDayCreate
    thursday: OperatingHoursForDayCreate
    friday: OperatingHoursForDayCreate
    saturday: OperatingHoursForDayCreate


@with_config(REQUEST_CONFIG)
class OperatingHoursUpdate(TypedDict, total=False):
    """The fields to update a `OperatingHours` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    sunday: OperatingHoursForDayUpdate
    monday: OperatingHoursForDayUpdate
    tuesday: OperatingHoursForDayUpdate
    wednesday: OperatingHoursForDayUpdate
    thursday: OperatingHoursForDayUpdate
    friday: OperatingHoursForDayUpdate
    saturday: OperatingHoursForDayUpdate
