# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `Theme` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .theme_variations_item import (
    ThemeVariationsItem,
    ThemeVariationsItemCreate,
    ThemeVariationsItemUpdate,
)


class Theme(ApiModel):
    """`Theme`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    variations: list[ThemeVariationsItem] | None = None
    uuid: str | None = None
    name: str | None = None
    is_private: bool | None = None
    is_active: bool | None = None
    updated_at: str | None = None


@with_config(REQUEST_CONFIG)
class ThemeCreate(TypedDict, total=False):
    """The fields to create a `Theme` with; unknown keys are refused."""

    variations: list[ThemeVariationsItemCreate]
    uuid: str
    name: str
    is_private: bool
    is_active: bool
    updated_at: str


@with_config(REQUEST_CONFIG)
class ThemeUpdate(TypedDict, total=False):
    """The fields to update a `Theme` with; unknown keys are refused."""

    variations: list[ThemeVariationsItemUpdate]
    uuid: str
    name: str
    is_private: bool
    is_active: bool
    updated_at: str
