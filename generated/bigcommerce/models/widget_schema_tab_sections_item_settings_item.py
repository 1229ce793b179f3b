# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaTabSectionsItemSettingsItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_tab_sections_item_settings_item_conditional import (
    WidgetSchemaTabSectionsItemSettingsItemConditional,
    WidgetSchemaTabSectionsItemSettingsItemConditionalCreate,
    WidgetSchemaTabSectionsItemSettingsItemConditionalUpdate,
)
from .widget_schema_tab_sections_item_settings_item_type_meta import (
    WidgetSchemaTabSectionsItemSettingsItemTypeMeta,
    WidgetSchemaTabSectionsItemSettingsItemTypeMetaCreate,
    WidgetSchemaTabSectionsItemSettingsItemTypeMetaUpdate,
)


class WidgetSchemaTabSectionsItemSettingsItem(ApiModel):
    """`WidgetSchemaTabSectionsItemSettingsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    type: str | None = None
    """One of: `'alignment'`, `'boolean'`, `'boxModel'`, `'code'`, `'color'`, `'imageManager'`,
    `'input'`, `'number'`, `'productId'`, `'productImage'`, `'range'`, `'regexInput'`,
    `'select'`, `'text'`, `'toggle'`.
    """
    label: str | None = None
    id: str | None = None
    default: str | None = None
    typeMeta: WidgetSchemaTabSectionsItemSettingsItemTypeMeta | None = None
    conditional: WidgetSchemaTabSectionsItemSettingsItemConditional | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaTabSectionsItemSettingsItemCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaTabSectionsItemSettingsItem` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
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
    typeMeta: WidgetSchemaTabSectionsItemSettingsItemTypeMetaCreate
    conditional: WidgetSchemaTabSectionsItemSettingsItemConditionalCreate


@with_config(REQUEST_CONFIG)
class WidgetSchemaTabSectionsItemSettingsItemUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaTabSectionsItemSettingsItem` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
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
    typeMeta: WidgetSchemaTabSectionsItemSettingsItemTypeMetaUpdate
    conditional: WidgetSchemaTabSectionsItemSettingsItemConditionalUpdate
