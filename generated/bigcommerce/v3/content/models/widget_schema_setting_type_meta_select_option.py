# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetSchemaSettingTypeMetaSelectOption` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WidgetSchemaSettingTypeMetaSelectOption(ApiModel):
    """`WidgetSchemaSettingTypeMetaSelectOption`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    label: str | None = None
    value: str | None = None


@with_config(REQUEST_CONFIG)
class WidgetSchemaSettingTypeMetaSelectOptionCreate(TypedDict, total=False):
    """The fields to create a `WidgetSchemaSettingTypeMetaSelectOption` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    label: str
    value: str


@with_config(REQUEST_CONFIG)
class WidgetSchemaSettingTypeMetaSelectOptionUpdate(TypedDict, total=False):
    """The fields to update a `WidgetSchemaSettingTypeMetaSelectOption` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    label: str
    value: str
