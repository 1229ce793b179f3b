# Generated from spec/imported/v3/themes.yaml by codegen (`make generate`); do not edit.
"""The `ThemeVariationsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ThemeVariationsItem(ApiModel):
    """`ThemeVariationsItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    description: str | None = None
    external_id: str | None = None
    name: str | None = None
    uuid: str | None = None


@with_config(REQUEST_CONFIG)
class ThemeVariationsItemCreate(TypedDict, total=False):
    """The fields to create a `ThemeVariationsItem` with; unknown keys are refused."""

    description: str
    external_id: str
    name: str
    uuid: str


@with_config(REQUEST_CONFIG)
class ThemeVariationsItemUpdate(TypedDict, total=False):
    """The fields to update a `ThemeVariationsItem` with; unknown keys are refused."""

    description: str
    external_id: str
    name: str
    uuid: str
