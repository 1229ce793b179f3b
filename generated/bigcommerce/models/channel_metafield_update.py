# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelMetafieldUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class ChannelMetafieldUpdate(ApiModel):
    """`ChannelMetafieldUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    namespace: str | None = None
    """Required to create."""
    key: str | None = None
    """Required to create."""
    value: str | None = None
    """Required to create."""
    permission_set: str | None = None
    """One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    description: str | None = None


@with_config(REQUEST_CONFIG)
class ChannelMetafieldUpdateUpdate(TypedDict, total=False):
    """The fields to update a `ChannelMetafieldUpdate` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    namespace: str
    key: str
    value: str
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    description: str
