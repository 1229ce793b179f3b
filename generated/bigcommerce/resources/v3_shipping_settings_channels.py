# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V3ShippingSettingsChannels` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.channel_shipping_settings import (
    ChannelShippingSettings,
    ChannelShippingSettingsUpdate,
)


class V3ShippingSettingsChannels(NodeResource):
    """`api.shipping.settings.channels` (v3): get, update."""

    _version = "v3"

    def get(self, channel_id: str, /) -> ChannelShippingSettings:
        """`GET /v3/shipping/settings/channels/{channel_id}` (getChannelShippingSettings)."""
        return self._one(
            ChannelShippingSettings,
            "GET",
            f"shipping/settings/channels/{segment(channel_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, channel_id: str, body: ChannelShippingSettingsUpdate, /
    ) -> ChannelShippingSettings:
        """`PUT /v3/shipping/settings/channels/{channel_id}` (updateChannelShippingSettings)."""
        return self._one(
            ChannelShippingSettings,
            "PUT",
            f"shipping/settings/channels/{segment(channel_id)}",
            {},
            None,
            body=body,
            body_type=ChannelShippingSettingsUpdate,
            envelope=True,
        )
