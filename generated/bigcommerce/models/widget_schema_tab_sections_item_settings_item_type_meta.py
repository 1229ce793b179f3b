# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaTabSectionsItemSettingsItemTypeMeta` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_tab_sections_item_settings_item_type_56ce0af1 import (
    WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItem,
    WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemCreate,
    WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemUpdate,
)


class WidgetSchemaTabSectionsItemSettingsItemTypeMeta(ApiModel):
    """`WidgetSchemaTabSectionsItemSettingsItemTypeMeta`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    selectOptions: list[WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItem] | None = (
        None
    )


@with_config(REQUEST_CONFIG)
class WidgetSchemaTabSectionsItemSettingsItemTypeMetaCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaTabSectionsItemSettingsItemTypeMeta` with; unknown
    keys are sent as given, with an `UnknownArgumentWarning`.
    """

    selectOptions: list[WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaTabSectionsItemSettingsItemTypeMetaUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaTabSectionsItemSettingsItemTypeMeta` with; unknown
    keys are sent as given, with an `UnknownArgumentWarning`.
    """

    selectOptions: list[WidgetSchemaTabSectionsItemSettingsItemTypeMetaSelectOptionsItemUpdate]
