# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaArraySchemaSetting` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._enums import WidgetSchemaArraySchemaSettingType
from ...._model import REQUEST_CONFIG, ApiModel
from .widget_array_schema_setting_conditional import (
    WidgetArraySchemaSettingConditional,
    WidgetArraySchemaSettingConditionalCreate,
    WidgetArraySchemaSettingConditionalUpdate,
)
from .widget_schema_array_schema_setting_type_meta import (
    WidgetSchemaArraySchemaSettingTypeMeta,
    WidgetSchemaArraySchemaSettingTypeMetaCreate,
    WidgetSchemaArraySchemaSettingTypeMetaUpdate,
)


class WidgetSchemaArraySchemaSetting(ApiModel):
    """`WidgetSchemaArraySchemaSetting`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    """One of: `'alignment'`, `'boolean'`, `'boxModel'`, `'code'`, `'color'`, `'imageManager'`,
    `'input'`, `'number'`, `'productId'`, `'productImage'`, `'range'`, `'regexInput'`,
    `'select'`, `'text'`, `'toggle'`.
    """
    label: str | None = None
    id: str | None = None
    default: str | None = None
    typeMeta: WidgetSchemaArraySchemaSettingTypeMeta | None = None
    conditional: WidgetArraySchemaSettingConditional | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaSettingCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaArraySchemaSetting` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    type: WidgetSchemaArraySchemaSettingType
    label: str
    id: str
    default: str
    typeMeta: WidgetSchemaArraySchemaSettingTypeMetaCreate
    conditional: WidgetArraySchemaSettingConditionalCreate


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaSettingUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaArraySchemaSetting` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    type: WidgetSchemaArraySchemaSettingType
    label: str
    id: str
    default: str
    typeMeta: WidgetSchemaArraySchemaSettingTypeMetaUpdate
    conditional: WidgetArraySchemaSettingConditionalUpdate
