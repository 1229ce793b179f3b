# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V3ShippingSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.shipping_setting_channel_update import (
    ShippingSettingChannelUpdate,
    ShippingSettingChannelUpdateBody,
)


class V3ShippingSettingsChannels(NodeResource):
    """`api.shipping.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[ShippingSettingChannelUpdate]] = Operation(
        method="GET",
        path="shipping/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=ShippingSettingChannelUpdate,
        envelope=True,
        operation_id="getChannelShippingSettings",
    )

    def get(
        self,
        channel_id: str,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingSettingChannelUpdate:
        """`GET /v3/shipping/settings/channels/{channel_id}` (getChannelShippingSettings).

        Returns one `ShippingSettingChannelUpdate`.

        Args:
            channel_id: `str`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"shipping/settings/channels/{segment(channel_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ShippingSettingChannelUpdate]] = Operation(
        method="PUT",
        path="shipping/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=ShippingSettingChannelUpdate,
        body_type=ShippingSettingChannelUpdateBody,
        envelope=True,
        operation_id="updateChannelShippingSettings",
    )

    def update(
        self,
        channel_id: str,
        body: ShippingSettingChannelUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingSettingChannelUpdate:
        """`PUT /v3/shipping/settings/channels/{channel_id}` (updateChannelShippingSettings).

        Returns one `ShippingSettingChannelUpdate`.

        Args:
            channel_id: `str`, the path's `{channel_id}`.
            body: `ShippingSettingChannelUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            f"shipping/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
