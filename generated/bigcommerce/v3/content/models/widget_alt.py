# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetAlt` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WidgetAlt(ApiModel):
    """`WidgetAlt`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    widget_template_uuid: str | None = None
    """Read-only: set by the API, never sent."""
    configuration: dict[str, Any] | None = None
    storefront_api_query_params: dict[str, Any] | None = None
    name: str | None = None
    description: str | None = None
    type: str | None = None
    """One of: `'widget'`."""


@with_config(REQUEST_CONFIG)
class WidgetAltCreate(TypedDict, total=False):
    """The fields to create a `WidgetAlt` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    configuration: dict[str, Any]
    storefront_api_query_params: dict[str, Any]
    name: str
    description: str
    type: Literal["widget"]
