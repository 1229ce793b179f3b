# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemeConfigurationValidateModel` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ThemeConfigurationValidateModel(ApiModel):
    """`ThemeConfigurationValidateModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    variation_id: str | None = None
    settings: dict[str, Any] | None = None


@with_config(REQUEST_CONFIG)
class ThemeConfigurationValidate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    variation_id: str
    settings: dict[str, Any]
