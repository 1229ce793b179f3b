# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `WidgetArraySchemaSettingConditional` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class WidgetArraySchemaSettingConditional(ApiModel):
    """`WidgetArraySchemaSettingConditional`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    key: str | None = None
    operator: str | None = None
    value: list[Any] | None = None


@with_config(REQUEST_CONFIG)
class WidgetArraySchemaSettingConditionalCreate(TypedDict, total=False):
    """The fields to create a `WidgetArraySchemaSettingConditional` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    key: str
    operator: str
    value: list[Any]


@with_config(REQUEST_CONFIG)
class WidgetArraySchemaSettingConditionalUpdate(TypedDict, total=False):
    """The fields to update a `WidgetArraySchemaSettingConditional` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    key: str
    operator: str
    value: list[Any]
