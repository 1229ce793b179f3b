# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaTabSectionsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_tab_sections_item_settings_item import (
    WidgetSchemaTabSectionsItemSettingsItem,
    WidgetSchemaTabSectionsItemSettingsItemCreate,
    WidgetSchemaTabSectionsItemSettingsItemUpdate,
)


class WidgetSchemaTabSectionsItem(ApiModel):
    """`WidgetSchemaTabSectionsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    label: str | None = None
    settings: list[WidgetSchemaTabSectionsItemSettingsItem] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaTabSectionsItemCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaTabSectionsItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    label: str
    settings: list[WidgetSchemaTabSectionsItemSettingsItemCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaTabSectionsItemUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaTabSectionsItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    label: str
    settings: list[WidgetSchemaTabSectionsItemSettingsItemUpdate]
