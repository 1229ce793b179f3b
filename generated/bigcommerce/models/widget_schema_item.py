# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_array_schema_item import (
    WidgetSchemaArraySchemaItem,
    WidgetSchemaArraySchemaItemCreate,
    WidgetSchemaArraySchemaItemUpdate,
)
from .widget_schema_array_thumbnail import (
    WidgetSchemaArrayThumbnail,
    WidgetSchemaArrayThumbnailCreate,
    WidgetSchemaArrayThumbnailUpdate,
)
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


class WidgetSchemaItem(ApiModel):
    """`WidgetSchemaItem`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    type: str | None = None
    """One of: `'tab'`, `'array'`, `'hidden'`."""
    label: str | None = None
    sections: list[WidgetSchemaTabSectionsItem] | None = None
    id: str | None = None
    defaultCount: int | None = None
    entryLabel: str | None = None
    thumbnail: WidgetSchemaArrayThumbnail | None = None
    schema_: list[WidgetSchemaArraySchemaItem] | None = Field(default=None, alias="schema")
    settings: list[WidgetSchemaHiddenSettingsItem] | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaItemCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    type: Literal["tab", "array", "hidden"]
    label: str
    sections: list[WidgetSchemaTabSectionsItemCreate]
    id: str
    defaultCount: int
    entryLabel: str
    thumbnail: WidgetSchemaArrayThumbnailCreate
    schema: list[WidgetSchemaArraySchemaItemCreate]
    settings: list[WidgetSchemaHiddenSettingsItemCreate]


@with_config(REQUEST_CONFIG)
class WidgetSchemaItemUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    type: Literal["tab", "array", "hidden"]
    label: str
    sections: list[WidgetSchemaTabSectionsItemUpdate]
    id: str
    defaultCount: int
    entryLabel: str
    thumbnail: WidgetSchemaArrayThumbnailUpdate
    schema: list[WidgetSchemaArraySchemaItemUpdate]
    settings: list[WidgetSchemaHiddenSettingsItemUpdate]
