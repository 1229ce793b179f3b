# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.order_setting_channel_update import OrderSettingChannelUpdate
from ..models.setting_channel import SettingChannel


class V3OrdersSettingsChannels(NodeResource):
    """`api.orders.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[SettingChannel]] = Operation(
        method="GET",
        path="orders/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=SettingChannel,
        operation_id="getChannelOrderSettings",
    )

    def get(
        self,
        channel_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingChannel:
        """`GET /v3/orders/settings/channels/{channel_id}` (getChannelOrderSettings).

        Returns one `SettingChannel`.

        Args:
            channel_id: `str`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"orders/settings/channels/{segment(channel_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SettingChannel]] = Operation(
        method="PUT",
        path="orders/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=SettingChannel,
        body_type=OrderSettingChannelUpdate,
        operation_id="updateChannelOrderSettings",
    )

    def update(
        self,
        channel_id: str,
        body: OrderSettingChannelUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingChannel:
        """`PUT /v3/orders/settings/channels/{channel_id}` (updateChannelOrderSettings).

        Returns one `SettingChannel`.

        Args:
            channel_id: `str`, the path's `{channel_id}`.
            body: `OrderSettingChannelUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"orders/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
