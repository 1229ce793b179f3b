# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `ThemeRegion` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ThemeRegion(ApiModel):
    """`ThemeRegion`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    name: str | None = None


@with_config(REQUEST_CONFIG)
class ThemeRegionCreate(TypedDict, total=False):
    """The fields to create a `ThemeRegion` with; unknown keys are refused."""

    name: str


@with_config(REQUEST_CONFIG)
class ThemeRegionUpdate(TypedDict, total=False):
    """The fields to update a `ThemeRegion` with; unknown keys are refused."""

    name: str
