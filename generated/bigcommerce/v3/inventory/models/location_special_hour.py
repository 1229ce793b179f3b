# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `LocationSpecialHour` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel


class LocationSpecialHour(ApiModel):
    """`LocationSpecialHour`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    label: str | None = None
    date: _dt.date | None = None
    open: bool | None = None
    opening: str | None = None
    """Default `'00:00'`."""
    closing: str | None = None
    """Default `'00:00'`."""
    all_day: bool | None = None
    annual: bool | None = None
