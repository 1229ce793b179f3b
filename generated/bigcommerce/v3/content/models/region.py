# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `Region` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .region_children import RegionChildren, RegionChildrenCreate


class Region(ApiModel):
    """`Region`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    children: list[RegionChildren] | None = None


@with_config(REQUEST_CONFIG)
class RegionCreate(TypedDict, total=False):
    """The fields to create a `Region` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    children: list[RegionChildrenCreate]
