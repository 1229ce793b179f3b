# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePreviewModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WidgetTemplatePreviewModel(ApiModel):
    """`WidgetTemplatePreviewModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    widget_configuration: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplatePreview(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    widget_configuration: dict[str, Any]
