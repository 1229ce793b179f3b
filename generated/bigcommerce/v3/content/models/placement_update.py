# Generated from spec/imported/v3/content.yaml by codegen (`make generate`); do not edit.
"""The `V3PlacementUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3PlacementUpdate(ApiModel):
    """`V3PlacementUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    template_file: str | None = None
    widget_uuid: str | None = None
    channel_id: int | None = None
    entity_id: str | None = None
    sort_order: int | None = None
    region: str | None = None
    status: str | None = None
    """One of: `'inactive'`, `'active'`. Default `'inactive'`."""


@with_config(REQUEST_CONFIG)
class PlacementUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    template_file: str
    widget_uuid: str
    channel_id: int
    entity_id: str
    sort_order: int
    region: str
    status: Literal["inactive", "active"]
    """Default `'inactive'`."""
