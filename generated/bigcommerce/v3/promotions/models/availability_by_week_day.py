# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `AvailabilityByWeekDay` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class AvailabilityByWeekDay(ApiModel):
    """`AvailabilityByWeekDay`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    week_frequency: int | None = None
    """Required to create and update. At least 1."""
    week_days: list[str] | None = None
    """Required to create and update. One of: `'Monday'`, `'Tuesday'`, `'Wednesday'`,
    `'Thursday'`, `'Friday'`, `'Saturday'`, `'Sunday'`.
    """
    daily_start_time: str | None = None
    """Required to create and update. Exactly 8 characters."""
    daily_end_time: str | None = None
    """Required to create and update. Exactly 8 characters."""


@with_config(REQUEST_CONFIG)
class AvailabilityByWeekDayCreate(TypedDict, total=False):
    """The fields to create a `AvailabilityByWeekDay` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    week_frequency: Required[int]
    """At least 1."""
    week_days: Required[
        list[Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]]
    ]
    daily_start_time: Required[str]
    """Exactly 8 characters."""
    daily_end_time: Required[str]
    """Exactly 8 characters."""


@with_config(REQUEST_CONFIG)
class AvailabilityByWeekDayUpdate(TypedDict, total=False):
    """The fields to update a `AvailabilityByWeekDay` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    week_frequency: Required[int]
    """At least 1."""
    week_days: Required[
        list[Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]]
    ]
    daily_start_time: Required[str]
    """Exactly 8 characters."""
    daily_end_time: Required[str]
    """Exactly 8 characters."""
