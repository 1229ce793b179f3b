# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `PlacementFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_full import WidgetFull, WidgetFullCreate, WidgetFullUpdate


class PlacementFull(ApiModel):
    """`PlacementFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
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
    widget: WidgetFull | None = None


@with_config(REQUEST_CONFIG)
class PlacementFullCreate(TypedDict, total=False):
    """The fields to create a `PlacementFull` with; unknown keys are refused."""

    uuid: str
    template_file: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    channel_id: int
    entity_id: str
    sort_order: int
    region: str
    status: Literal["inactive", "active"]
    widget: WidgetFullCreate


@with_config(REQUEST_CONFIG)
class PlacementFullUpdate(TypedDict, total=False):
    """The fields to update a `PlacementFull` with; unknown keys are refused."""

    uuid: str
    template_file: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    channel_id: int
    entity_id: str
    sort_order: int
    region: str
    status: Literal["inactive", "active"]
    widget: WidgetFullUpdate
