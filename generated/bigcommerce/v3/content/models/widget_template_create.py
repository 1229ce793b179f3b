# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3WidgetTemplateCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .widget_template_schema import WidgetTemplateSchema, WidgetTemplateSchemaCreate


class V3WidgetTemplateCreate(ApiModel):
    """`V3WidgetTemplateCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    name: str | None = None
    """Required to create and update."""
    schema_: list[WidgetTemplateSchema] | None = Field(default=None, alias="schema")
    template: str | None = None
    """Required to create and update."""
    storefront_api_query: str | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplateCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    name: Required[str]
    schema: list[WidgetTemplateSchemaCreate]
    template: Required[str]
    storefront_api_query: str
    channel_id: int
