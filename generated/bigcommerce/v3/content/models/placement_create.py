# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3PlacementCreate` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3PlacementCreate(ApiModel):
    """`V3PlacementCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    widget_uuid: str | None = None
    """Required to create and update."""
    template_file: str | None = None
    """Required to create and update."""
    channel_id: int | None = None
    entity_id: str | None = None
    sort_order: int | None = None
    region: str | None = None
    status: str | None = None
    """One of: `'inactive'`, `'active'`. Default `'inactive'`."""


@with_config(REQUEST_CONFIG)
class PlacementCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    widget_uuid: Required[str]
    template_file: Required[str]
    channel_id: int
    entity_id: str
    sort_order: int
    region: str
    status: Literal["inactive", "active"]
    """Default `'inactive'`."""
