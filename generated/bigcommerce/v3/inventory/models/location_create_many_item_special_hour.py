# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationCreateManyItemSpecialHour` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class LocationCreateManyItemSpecialHour(ApiModel):
    """`LocationCreateManyItemSpecialHour`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    label: str | None = None
    """Required to create and update."""
    date: _dt.date | None = None
    """Required to create and update."""
    open: bool | None = None
    """Required to create and update."""
    opening: str | None = None
    """Default `'00:00'`."""
    closing: str | None = None
    """Default `'00:00'`."""
    all_day: bool | None = None
    annual: bool | None = None


@with_config(REQUEST_CONFIG)
class LocationCreateManyItemSpecialHourCreate(TypedDict, total=False):
    """The fields to create a `LocationCreateManyItemSpecialHour` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    label: Required[str]
    date: Required[_dt.date | str]
    open: Required[bool]
    opening: str
    """Default `'00:00'`."""
    closing: str
    """Default `'00:00'`."""
    all_day: bool
    annual: bool


@with_config(REQUEST_CONFIG)
class LocationCreateManyItemSpecialHourUpdate(TypedDict, total=False):
    """The fields to update a `LocationCreateManyItemSpecialHour` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

    label: Required[str]
    date: Required[_dt.date | str]
    open: Required[bool]
    opening: str
    """Default `'00:00'`."""
    closing: str
    """Default `'00:00'`."""
    all_day: bool
    annual: bool
