# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsSettingsChannels` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.channel_checkouts_settings import (
    ChannelCheckoutsSettings,
    ChannelCheckoutsSettingsUpdate,
)


class V3CheckoutsSettingsChannels(NodeResource):
    """`api.checkouts.settings.channels` (v3): get, update."""

    _version = "v3"

    def get(self, channel_id: int, /) -> ChannelCheckoutsSettings:
        """`GET /v3/checkouts/settings/channels/{channel_id}` (get-channel-checkout-settings)."""
        return self._one(
            ChannelCheckoutsSettings,
            "GET",
            f"checkouts/settings/channels/{segment(channel_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, channel_id: int, body: ChannelCheckoutsSettingsUpdate, /
    ) -> ChannelCheckoutsSettings:
        """`PUT /v3/checkouts/settings/channels/{channel_id}` (put-channel-checkout-settings)."""
        return self._one(
            ChannelCheckoutsSettings,
            "PUT",
            f"checkouts/settings/channels/{segment(channel_id)}",
            {},
            None,
            body=body,
            body_type=ChannelCheckoutsSettingsUpdate,
            envelope=True,
        )
