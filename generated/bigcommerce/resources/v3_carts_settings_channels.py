# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsSettingsChannels` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.channel_cart_settings import ChannelCartSettings, ChannelCartSettingsUpdate


class V3CartsSettingsChannels(NodeResource):
    """`api.carts.settings.channels` (v3): get, update."""

    _version = "v3"

    def get(self, channel_id: int, /) -> ChannelCartSettings:
        """`GET /v3/carts/settings/channels/{channel_id}` (getChannelCartSettings)."""
        return self._one(
            ChannelCartSettings,
            "GET",
            f"carts/settings/channels/{segment(channel_id)}",
            {},
            None,
            envelope=True,
        )

    def update(self, channel_id: int, body: ChannelCartSettingsUpdate, /) -> ChannelCartSettings:
        """`PUT /v3/carts/settings/channels/{channel_id}` (updateChannelCartSettings)."""
        return self._one(
            ChannelCartSettings,
            "PUT",
            f"carts/settings/channels/{segment(channel_id)}",
            {},
            None,
            body=body,
            body_type=ChannelCartSettingsUpdate,
            envelope=True,
        )
