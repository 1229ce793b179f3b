# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplateFull` model."""

from __future__ import annotations

import datetime as _dt

from pydantic import Field

from .._model import ApiModel
from .widget_schema_item import WidgetSchemaItem


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
