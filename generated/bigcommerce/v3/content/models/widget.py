# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Widget` model."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ...._model import ApiModel
from .widget_template import WidgetTemplate


class Widget(ApiModel):
    """`Widget`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.content.widgets`: `all`, `create`, `get`, `update`.
    """

    name: str | None = None
    description: str | None = None
    widget_configuration: dict[str, Any] | None = None
    uuid: str | None = None
    widget_template: WidgetTemplate | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    version_uuid: str | None = None
    channel_id: int | None = None
