# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_template_full import (
    WidgetTemplateFull,
    WidgetTemplateFullCreate,
    WidgetTemplateFullUpdate,
)


class WidgetFull(ApiModel):
    """`WidgetFull`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    description: str | None = None
    widget_configuration: dict[str, Any] | None = None
    uuid: str | None = None
    widget_template: WidgetTemplateFull | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    version_uuid: str | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class WidgetFullCreate(TypedDict, total=False):
    """The fields to create a `WidgetFull` with; unknown keys are refused."""

    name: str
    description: str
    widget_configuration: dict[str, Any]
    uuid: str
    widget_template: WidgetTemplateFullCreate
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    version_uuid: str
    channel_id: int


@with_config(REQUEST_CONFIG)
class WidgetFullUpdate(TypedDict, total=False):
    """The fields to update a `WidgetFull` with; unknown keys are refused."""

    name: str
    description: str
    widget_configuration: dict[str, Any]
    uuid: str
    widget_template: WidgetTemplateFullUpdate
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    version_uuid: str
    channel_id: int
