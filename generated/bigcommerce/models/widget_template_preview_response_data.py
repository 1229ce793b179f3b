# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetTemplatePreviewResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class WidgetTemplatePreviewResponseData(ApiModel):
    """`WidgetTemplatePreviewResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    html: str | None = None


@with_config(REQUEST_CONFIG)
class WidgetTemplatePreviewResponseDataCreate(TypedDict, total=False):
    """The fields to create a `WidgetTemplatePreviewResponseData` with; unknown keys are refused."""

    html: str


@with_config(REQUEST_CONFIG)
class WidgetTemplatePreviewResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `WidgetTemplatePreviewResponseData` with; unknown keys are refused."""

    html: str
