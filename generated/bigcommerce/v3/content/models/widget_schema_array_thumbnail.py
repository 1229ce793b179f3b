# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaArrayThumbnail` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WidgetSchemaArrayThumbnail(ApiModel):
    """`WidgetSchemaArrayThumbnail`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    valueKey: str | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaArrayThumbnailCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaArrayThumbnail` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: str
    valueKey: str


@with_config(REQUEST_CONFIG)
class WidgetSchemaArrayThumbnailUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaArrayThumbnail` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    type: str
    valueKey: str
