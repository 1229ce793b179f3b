# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsActiveTheme` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.active_theme import ActiveTheme


class V3ChannelsActiveTheme(NodeResource):
    """`api.channels.active_theme` (v3): get."""

    _version = "v3"

    def get(self, channel_id: int, /) -> ActiveTheme:
        """`GET /v3/channels/{channel_id}/active-theme` (getChannelActiveTheme)."""
        return self._one(
            ActiveTheme,
            "GET",
            f"channels/{segment(channel_id)}/active-theme",
            {},
            None,
            envelope=True,
        )
