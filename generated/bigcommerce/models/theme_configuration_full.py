# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemeConfigurationFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ThemeConfigurationFull(ApiModel):
    """`ThemeConfigurationFull`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    uuid: str | None = None
    theme_uuid: str | None = None
    variation_id: str | None = None
    settings: dict[str, Any] | None = None
    date_created: str | None = None
    site_id: int | None = None


@with_config(REQUEST_CONFIG)
class ThemeConfigurationFullCreate(TypedDict, total=False):
    """The fields to create a `ThemeConfigurationFull` with; unknown keys are refused."""

    uuid: str
    theme_uuid: str
    variation_id: str
    settings: dict[str, Any]
    date_created: str
    site_id: int


@with_config(REQUEST_CONFIG)
class ThemeConfigurationFullUpdate(TypedDict, total=False):
    """The fields to update a `ThemeConfigurationFull` with; unknown keys are refused."""

    uuid: str
    theme_uuid: str
    variation_id: str
    settings: dict[str, Any]
    date_created: str
    site_id: int
