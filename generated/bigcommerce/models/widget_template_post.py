# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePost` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_item import WidgetSchemaItem, WidgetSchemaItemCreate


class WidgetTemplatePost(ApiModel):
    """`WidgetTemplatePost`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    """Required to create and update."""
    schema_: list[WidgetSchemaItem] | None = Field(default=None, alias="schema")
    template: str | None = None
    """Required to create and update."""
    storefront_api_query: str | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplatePostCreate(TypedDict, total=False):
    """The fields to create a `WidgetTemplatePost` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    schema: list[WidgetSchemaItemCreate]
    template: Required[str]
    storefront_api_query: str
    channel_id: int
