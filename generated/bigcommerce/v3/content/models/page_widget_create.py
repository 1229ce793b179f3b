# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3PageWidgetCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .region import Region, RegionCreate


class V3PageWidgetCreate(ApiModel):
    """`V3PageWidgetCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    regions: list[Region] | None = None
    """Required to create and update."""
    template_file: str | None = None
    entity_id: str | None = None
    channel_id: int | None = None


@with_config(REQUEST_CONFIG)
class PageWidgetCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    regions: Required[list[RegionCreate]]
    template_file: str
    entity_id: str
    channel_id: int
