# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3WidgetTemplateUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_template_schema import WidgetTemplateSchema, WidgetTemplateSchemaUpdate


class V3WidgetTemplateUpdate(ApiModel):
    """`V3WidgetTemplateUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    name: str | None = None
    schema_: list[WidgetTemplateSchema] | None = Field(default=None, alias="schema")
    template: str | None = None
    storefront_api_query: str | None = None
    create_new_version: bool | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplateUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    schema: list[WidgetTemplateSchemaUpdate]
    template: str
    storefront_api_query: str
    create_new_version: bool
    channel_id: int
