# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ActiveTheme` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ActiveTheme(ApiModel):
    """`ActiveTheme`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    active_theme_uuid: str | None = None
    active_theme_configuration_uuid: str | None = None
    active_theme_version_uuid: str | None = None
    saved_theme_configuration_uuid: str | None = None


@with_config(REQUEST_CONFIG)
class ActiveThemeCreate(TypedDict, total=False):
    """The fields to create a `ActiveTheme` with; unknown keys are refused."""

    active_theme_uuid: str
    active_theme_configuration_uuid: str
    active_theme_version_uuid: str
    saved_theme_configuration_uuid: str


@with_config(REQUEST_CONFIG)
class ActiveThemeUpdate(TypedDict, total=False):
    """The fields to update a `ActiveTheme` with; unknown keys are refused."""

    active_theme_uuid: str
    active_theme_configuration_uuid: str
    active_theme_version_uuid: str
    saved_theme_configuration_uuid: str
