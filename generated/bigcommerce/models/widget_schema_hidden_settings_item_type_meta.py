# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaHiddenSettingsItemTypeMeta` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_hidden_settings_item_type_meta_selec_095d54b9 import (
    WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItem,
    WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemCreate,
    WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemUpdate,
)


class WidgetSchemaHiddenSettingsItemTypeMeta(ApiModel):
    """`WidgetSchemaHiddenSettingsItemTypeMeta`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    selectOptions: list[WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItem] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaHiddenSettingsItemTypeMetaCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaHiddenSettingsItemTypeMeta` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    selectOptions: list[WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaHiddenSettingsItemTypeMetaUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaHiddenSettingsItemTypeMeta` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    selectOptions: list[WidgetSchemaHiddenSettingsItemTypeMetaSelectOptionsItemUpdate]
