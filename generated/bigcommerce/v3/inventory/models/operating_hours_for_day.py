# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `OperatingHoursForDay` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class OperatingHoursForDay(ApiModel):
    """`OperatingHoursForDay`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    open: bool | None = None
    opening: str | None = None
    closing: str | None = None


@with_config(REQUEST_CONFIG)
class OperatingHoursForDayCreate(TypedDict, total=False):
    """The fields to create a `OperatingHoursForDay` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    open: bool
    opening: str
    closing: str


@with_config(REQUEST_CONFIG)
class OperatingHoursForDayUpdate(TypedDict, total=False):
    """The fields to update a `OperatingHoursForDay` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    open: bool
    opening: str
    closing: str
