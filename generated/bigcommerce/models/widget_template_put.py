# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePut` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .widget_schema_item import WidgetSchemaItem, WidgetSchemaItemUpdate


class WidgetTemplatePut(ApiModel):
    """`WidgetTemplatePut`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    name: str | None = None
    schema_: list[WidgetSchemaItem] | None = Field(default=None, alias="schema")
    template: str | None = None
    storefront_api_query: str | None = None
    create_new_version: bool | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplatePutUpdate(TypedDict, total=False):
    """The fields to update a `WidgetTemplatePut` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    schema: list[WidgetSchemaItemUpdate]
    template: str
    storefront_api_query: str
    create_new_version: bool
    channel_id: int
