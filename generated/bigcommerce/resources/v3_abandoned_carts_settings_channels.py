# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `V3AbandonedCartsSettingsChannels` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.channel_abandoned_cart_settings import (
    ChannelAbandonedCartSettings,
    ChannelAbandonedCartSettingsUpdate,
)


class V3AbandonedCartsSettingsChannels(NodeResource):
    """`api.abandoned_carts.settings.channels` (v3): get, update."""

    _version = "v3"

    def get(self, channel_id: int, /) -> ChannelAbandonedCartSettings:
        """`GET /v3/abandoned-carts/settings/channels/{channel_id}`
        (getChannelAbandonedCartSettings).
        """
        return self._one(
            ChannelAbandonedCartSettings,
            "GET",
            f"abandoned-carts/settings/channels/{segment(channel_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, channel_id: int, body: ChannelAbandonedCartSettingsUpdate, /
    ) -> ChannelAbandonedCartSettings:
        """`PUT /v3/abandoned-carts/settings/channels/{channel_id}`
        (updateChannelAbandonedCartSettings).
        """
        return self._one(
            ChannelAbandonedCartSettings,
            "PUT",
            f"abandoned-carts/settings/channels/{segment(channel_id)}",
            {},
            None,
            body=body,
            body_type=ChannelAbandonedCartSettingsUpdate,
            envelope=True,
        )
