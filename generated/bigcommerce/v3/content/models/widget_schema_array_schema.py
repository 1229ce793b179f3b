# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaArraySchema` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_schema_array_schema_section import (
    WidgetSchemaArraySchemaSection,
    WidgetSchemaArraySchemaSectionCreate,
    WidgetSchemaArraySchemaSectionUpdate,
)
from .widget_schema_array_schema_setting import (
    WidgetSchemaArraySchemaSetting,
    WidgetSchemaArraySchemaSettingCreate,
    WidgetSchemaArraySchemaSettingUpdate,
)


class WidgetSchemaArraySchema(ApiModel):
    """`WidgetSchemaArraySchema`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    """One of: `'hidden'`, `'tab'`."""
    settings: list[WidgetSchemaArraySchemaSetting] | None = None
    label: str | None = None
    sections: list[WidgetSchemaArraySchemaSection] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaArraySchema` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: Literal["hidden", "tab"]
    settings: list[WidgetSchemaArraySchemaSettingCreate]
    label: str
    sections: list[WidgetSchemaArraySchemaSectionCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaArraySchema` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: Literal["hidden", "tab"]
    settings: list[WidgetSchemaArraySchemaSettingUpdate]
    label: str
    sections: list[WidgetSchemaArraySchemaSectionUpdate]
