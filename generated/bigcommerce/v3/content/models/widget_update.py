# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3WidgetUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3WidgetUpdate(ApiModel):
    """`V3WidgetUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    description: str | None = None
    widget_configuration: dict[str, Any] | None = None
    widget_template_uuid: str | None = None
    channel_id: int | None = None
    upgrade: bool | None = None


@with_config(REQUEST_CONFIG)
class WidgetUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    description: str
    widget_configuration: dict[str, Any]
    widget_template_uuid: str
    channel_id: int
    upgrade: bool
