# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelCreate` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class V3ChannelCreate(ApiModel):
    """`V3ChannelCreate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    external_id: str | None = None
    is_listable_from_ui: bool | None = None
    is_visible: bool | None = None
    status: str | None = None
    """One of: `'active'`, `'prelaunch'`, `'inactive'`, `'connected'`, `'disconnected'`,
    `'archived'`, `'deleted'`, `'terminated'`.
    """
    name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. One of: `'pos'`, `'marketplace'`, `'storefront'`,
    `'marketing'`.
    """
    platform: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ChannelCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    external_id: str
    is_listable_from_ui: bool
    is_visible: bool
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
    name: Required[str]
    type: Required[Literal["pos", "marketplace", "storefront", "marketing"]]
    platform: Required[str]
