# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelMetafieldUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ChannelMetafieldUpdateModel(ApiModel):
    """`ChannelMetafieldUpdateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    namespace: str | None = None
    """Required to create. From 1 to 64 characters."""
    key: str | None = None
    """Required to create. From 1 to 64 characters."""
    value: str | None = None
    """Required to create. From 1 to 65535 characters."""
    permission_set: str | None = None
    """One of: `'app_only'`, `'read'`, `'write'`, `'read_and_sf_access'`,
    `'write_and_sf_access'`.
    """
    description: str | None = None
    """At most 255 characters."""


@with_config(REQUEST_CONFIG)
class ChannelMetafieldUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    namespace: str
    """From 1 to 64 characters."""
    key: str
    """From 1 to 64 characters."""
    value: str
    """From 1 to 65535 characters."""
    permission_set: Literal[
        "app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"
    ]
    description: str
    """At most 255 characters."""
