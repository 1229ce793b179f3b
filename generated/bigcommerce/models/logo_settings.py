# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `LogoSettings` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class LogoSettings(ApiModel):
    """`LogoSettings`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    favicon_url: str | None = None
    logo_image_url: str | None = None
    logo_text: str | None = None
    type: str | None = None


@with_config(REQUEST_CONFIG)
class LogoSettingsCreate(TypedDict, total=False):
    """The fields to create a `LogoSettings` with; unknown keys are refused."""

    favicon_url: str
    logo_image_url: str
    logo_text: str
    type: Literal["image", "text"]


@with_config(REQUEST_CONFIG)
class LogoSettingsUpdate(TypedDict, total=False):
    """The fields to update a `LogoSettings` with; unknown keys are refused."""

    favicon_url: str
    logo_image_url: str
    logo_text: str
    type: Literal["image", "text"]
