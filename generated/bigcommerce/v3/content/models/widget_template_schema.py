# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplateSchema` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_schema_array_schema import (
    WidgetSchemaArraySchema,
    WidgetSchemaArraySchemaCreate,
    WidgetSchemaArraySchemaUpdate,
)
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
from .widget_schema_array_thumbnail import (
    WidgetSchemaArrayThumbnail,
    WidgetSchemaArrayThumbnailCreate,
    WidgetSchemaArrayThumbnailUpdate,
)


class WidgetTemplateSchema(ApiModel):
    """`WidgetTemplateSchema`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    type: str | None = None
    """One of: `'tab'`, `'array'`, `'hidden'`."""
    label: str | None = None
    sections: list[WidgetSchemaArraySchemaSection] | None = None
    id: str | None = None
    defaultCount: int | None = None
    entryLabel: str | None = None
    thumbnail: WidgetSchemaArrayThumbnail | None = None
    schema_: list[WidgetSchemaArraySchema] | None = Field(default=None, alias="schema")
    settings: list[WidgetSchemaArraySchemaSetting] | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplateSchemaCreate(TypedDict, total=False):
    """The fields to create a `WidgetTemplateSchema` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    type: Literal["tab", "array", "hidden"]
    label: str
    sections: list[WidgetSchemaArraySchemaSectionCreate]
    id: str
    defaultCount: int
    entryLabel: str
    thumbnail: WidgetSchemaArrayThumbnailCreate
    schema: list[WidgetSchemaArraySchemaCreate]
    settings: list[WidgetSchemaArraySchemaSettingCreate]


@with_config(REQUEST_CONFIG)
class WidgetTemplateSchemaUpdate(TypedDict, total=False):
    """The fields to update a `WidgetTemplateSchema` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    type: Literal["tab", "array", "hidden"]
    label: str
    sections: list[WidgetSchemaArraySchemaSectionUpdate]
    id: str
    defaultCount: int
    entryLabel: str
    thumbnail: WidgetSchemaArrayThumbnailUpdate
    schema: list[WidgetSchemaArraySchemaUpdate]
    settings: list[WidgetSchemaArraySchemaSettingUpdate]
