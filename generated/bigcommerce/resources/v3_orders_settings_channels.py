# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersSettingsChannels` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.channel_order_settings import ChannelOrderSettingsUpdate
from ..models.get_channel_order_settings_response import GetChannelOrderSettingsResponse
from ..models.update_channel_order_settings_response import UpdateChannelOrderSettingsResponse


class V3OrdersSettingsChannels(NodeResource):
    """`api.orders.settings.channels` (v3): get, update."""

    _version = "v3"

    def get(self, channel_id: str, /) -> GetChannelOrderSettingsResponse:
        """`GET /v3/orders/settings/channels/{channel_id}` (getChannelOrderSettings)."""
        return self._one(
            GetChannelOrderSettingsResponse,
            "GET",
            f"orders/settings/channels/{segment(channel_id)}",
            {},
            None,
        )

    def update(
        self, channel_id: str, body: ChannelOrderSettingsUpdate, /
    ) -> UpdateChannelOrderSettingsResponse:
        """`PUT /v3/orders/settings/channels/{channel_id}` (updateChannelOrderSettings)."""
        return self._one(
            UpdateChannelOrderSettingsResponse,
            "PUT",
            f"orders/settings/channels/{segment(channel_id)}",
            {},
            None,
            body=body,
            body_type=ChannelOrderSettingsUpdate,
        )
