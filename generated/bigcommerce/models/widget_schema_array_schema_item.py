# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaArraySchemaItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_hidden_settings_item import (
    WidgetSchemaHiddenSettingsItem,
    WidgetSchemaHiddenSettingsItemCreate,
    WidgetSchemaHiddenSettingsItemUpdate,
)
from .widget_schema_tab_sections_item import (
    WidgetSchemaTabSectionsItem,
    WidgetSchemaTabSectionsItemCreate,
    WidgetSchemaTabSectionsItemUpdate,
)


class WidgetSchemaArraySchemaItem(ApiModel):
    """`WidgetSchemaArraySchemaItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    """One of: `'hidden'`, `'tab'`."""
    settings: list[WidgetSchemaHiddenSettingsItem] | None = None
    label: str | None = None
    sections: list[WidgetSchemaTabSectionsItem] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaItemCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaArraySchemaItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: Literal["hidden", "tab"]
    settings: list[WidgetSchemaHiddenSettingsItemCreate]
    label: str
    sections: list[WidgetSchemaTabSectionsItemCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaArraySchemaItemUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaArraySchemaItem` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: Literal["hidden", "tab"]
    settings: list[WidgetSchemaHiddenSettingsItemUpdate]
    label: str
    sections: list[WidgetSchemaTabSectionsItemUpdate]
