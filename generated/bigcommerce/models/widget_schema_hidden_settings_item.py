# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaHiddenSettingsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_hidden_settings_item_conditional import (
    WidgetSchemaHiddenSettingsItemConditional,
    WidgetSchemaHiddenSettingsItemConditionalCreate,
    WidgetSchemaHiddenSettingsItemConditionalUpdate,
)
from .widget_schema_hidden_settings_item_type_meta import (
    WidgetSchemaHiddenSettingsItemTypeMeta,
    WidgetSchemaHiddenSettingsItemTypeMetaCreate,
    WidgetSchemaHiddenSettingsItemTypeMetaUpdate,
)


class WidgetSchemaHiddenSettingsItem(ApiModel):
    """`WidgetSchemaHiddenSettingsItem`: an object of the v3 API. Every field is optional;
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
    typeMeta: WidgetSchemaHiddenSettingsItemTypeMeta | None = None
    conditional: WidgetSchemaHiddenSettingsItemConditional | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaHiddenSettingsItemCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaHiddenSettingsItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    type: Literal[
        "alignment",
        "boolean",
        "boxModel",
        "code",
        "color",
        "imageManager",
        "input",
        "number",
        "productId",
        "productImage",
        "range",
        "regexInput",
        "select",
        "text",
        "toggle",
    ]
    label: str
    id: str
    default: str
    typeMeta: WidgetSchemaHiddenSettingsItemTypeMetaCreate
    conditional: WidgetSchemaHiddenSettingsItemConditionalCreate


@with_config(REQUEST_CONFIG)
class WidgetSchemaHiddenSettingsItemUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaHiddenSettingsItem` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    type: Literal[
        "alignment",
        "boolean",
        "boxModel",
        "code",
        "color",
        "imageManager",
        "input",
        "number",
        "productId",
        "productImage",
        "range",
        "regexInput",
        "select",
        "text",
        "toggle",
    ]
    label: str
    id: str
    default: str
    typeMeta: WidgetSchemaHiddenSettingsItemTypeMetaUpdate
    conditional: WidgetSchemaHiddenSettingsItemConditionalUpdate
