# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ChannelUpdate(ApiModel):
    """`V3ChannelUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    external_id: str | None = None
    is_listable_from_ui: bool | None = None
    is_visible: bool | None = None
    name: str | None = None
    status: str | None = None
    """One of: `'active'`, `'prelaunch'`, `'inactive'`, `'connected'`, `'disconnected'`,
    `'archived'`, `'deleted'`, `'terminated'`.
    """


@with_config(REQUEST_CONFIG)
class ChannelUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    external_id: str
    is_listable_from_ui: bool
    is_visible: bool
    name: str
    status: Literal[
        "active",
        "prelaunch",
        "inactive",
        "connected",
        "disconnected",
        "archived",
        "deleted",
        "terminated",
    ]
