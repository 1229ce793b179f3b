# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePreview` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WidgetTemplatePreview(ApiModel):
    """`WidgetTemplatePreview`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    widget_configuration: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplatePreviewCreate(TypedDict, total=False):
    """The fields to create a `WidgetTemplatePreview` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    widget_configuration: dict[str, Any]
