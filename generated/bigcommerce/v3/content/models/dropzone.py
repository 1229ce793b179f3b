# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Dropzone` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_alt import WidgetAlt, WidgetAltCreate


class Dropzone(ApiModel):
    """`Dropzone`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    configuration: dict[str, Any] | None = None
    widgets: list[WidgetAlt] | None = None


@with_config(REQUEST_CONFIG)
class DropzoneCreate(TypedDict, total=False):
    """The fields to create a `Dropzone` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    configuration: dict[str, Any]
    widgets: list[WidgetAltCreate]
