# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Placement` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .widget import Widget


class Placement(ApiModel):
    """`Placement`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.content.placements`: `all`, `create`, `get`, `update`.
    """

    uuid: str | None = None
    template_file: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    channel_id: int | None = None
    entity_id: str | None = None
    sort_order: int | None = None
    region: str | None = None
    status: str | None = None
    """One of: `'inactive'`, `'active'`. Default `'inactive'`."""
    widget: Widget | None = None
