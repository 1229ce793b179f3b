# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaArraySchemaSection` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_schema_array_schema_setting import (
    WidgetSchemaArraySchemaSetting,
    WidgetSchemaArraySchemaSettingCreate,
    WidgetSchemaArraySchemaSettingUpdate,
)


class WidgetSchemaArraySchemaSection(ApiModel):
    """`WidgetSchemaArraySchemaSection`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    label: str | None = None
    settings: list[WidgetSchemaArraySchemaSetting] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaSectionCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaArraySchemaSection` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    label: str
    settings: list[WidgetSchemaArraySchemaSettingCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaSectionUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaArraySchemaSection` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    label: str
    settings: list[WidgetSchemaArraySchemaSettingUpdate]
