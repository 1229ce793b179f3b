# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePreviewResponseData` model."""

from __future__ import annotations

from ...._model import ApiModel


class WidgetTemplatePreviewResponseData(ApiModel):
    """`WidgetTemplatePreviewResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept. Answered by `api.content.widget_templates`: `preview`.
    """

    html: str | None = None
