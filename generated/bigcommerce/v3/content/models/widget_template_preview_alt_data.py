# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePreviewAltData` model."""

from __future__ import annotations

from ...._model import ApiModel


class WidgetTemplatePreviewAltData(ApiModel):
    """`WidgetTemplatePreviewAltData`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    html: str | None = None
