# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `RegionChildren` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .dropzone import Dropzone, DropzoneCreate


class RegionChildren(ApiModel):
    """`RegionChildren`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    layout_template_uuid: str | None = None
    """Read-only: set by the API, never sent."""
    configuration: dict[str, Any] | None = None
    name: str | None = None
    dropzones: list[Dropzone] | None = None
    type: str | None = None
    """One of: `'layout'`, `'widget'`."""
    widget_template_uuid: str | None = None
    """Read-only: set by the API, never sent."""
    storefront_api_query_params: dict[str, Any] | None = None
    description: str | None = None


@with_config(REQUEST_CONFIG)
class RegionChildrenCreate(TypedDict, total=False):
    """The fields to create a `RegionChildren` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    configuration: dict[str, Any]
    name: str
    dropzones: list[DropzoneCreate]
    type: Literal["layout", "widget"]
    storefront_api_query_params: dict[str, Any]
    description: str
