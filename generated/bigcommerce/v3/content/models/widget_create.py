# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3WidgetCreate` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3WidgetCreate(ApiModel):
    """`V3WidgetCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create and update."""
    description: str | None = None
    widget_configuration: dict[str, Any] | None = None
    widget_template_uuid: str | None = None
    """Required to create and update."""
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class WidgetCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    description: str
    widget_configuration: dict[str, Any]
    widget_template_uuid: Required[str]
    channel_id: int
