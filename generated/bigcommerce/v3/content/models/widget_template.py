# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplate` model."""

from __future__ import annotations

import datetime as _dt

from pydantic import Field

from ...._model import ApiModel
from .widget_template_schema import WidgetTemplateSchema


class WidgetTemplate(ApiModel):
    """`WidgetTemplate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.content.widget_templates`: `all`, `create`, `get`, `update`.
    """

    name: str | None = None
    schema_: list[WidgetTemplateSchema] | None = Field(default=None, alias="schema")
    template: str | None = None
    storefront_api_query: str | None = None
    uuid: str | None = None
    kind: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    current_version_uuid: str | None = None
    icon_name: str | None = None
    """Default `'default'`."""
