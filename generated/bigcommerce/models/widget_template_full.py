# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplateFull` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_item import WidgetSchemaItem, WidgetSchemaItemCreate, WidgetSchemaItemUpdate


class WidgetTemplateFull(ApiModel):
    """`WidgetTemplateFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    schema_: list[WidgetSchemaItem] | None = Field(default=None, alias="schema")
    template: str | None = None
    storefront_api_query: str | None = None
    uuid: str | None = None
    kind: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    current_version_uuid: str | None = None
    icon_name: str | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplateFullCreate(TypedDict, total=False):
    """The fields to create a `WidgetTemplateFull` with; unknown keys are refused."""

    name: str
    schema: list[WidgetSchemaItemCreate]
    template: str
    storefront_api_query: str
    uuid: str
    kind: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    current_version_uuid: str
    icon_name: str


@with_config(REQUEST_CONFIG)
class WidgetTemplateFullUpdate(TypedDict, total=False):
    """The fields to update a `WidgetTemplateFull` with; unknown keys are refused."""

    name: str
    schema: list[WidgetSchemaItemUpdate]
    template: str
    storefront_api_query: str
    uuid: str
    kind: str
    date_created: _dt.datetime | str
    date_modified: _dt.datetime | str
    current_version_uuid: str
    icon_name: str
