# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaArraySchemaSettingTypeMeta` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_schema_setting_type_meta_select_option import (
    WidgetSchemaSettingTypeMetaSelectOption,
    WidgetSchemaSettingTypeMetaSelectOptionCreate,
    WidgetSchemaSettingTypeMetaSelectOptionUpdate,
)


class WidgetSchemaArraySchemaSettingTypeMeta(ApiModel):
    """`WidgetSchemaArraySchemaSettingTypeMeta`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    selectOptions: list[WidgetSchemaSettingTypeMetaSelectOption] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaSettingTypeMetaCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaArraySchemaSettingTypeMeta` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    selectOptions: list[WidgetSchemaSettingTypeMetaSelectOptionCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaSettingTypeMetaUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaArraySchemaSettingTypeMeta` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    selectOptions: list[WidgetSchemaSettingTypeMetaSelectOptionUpdate]
