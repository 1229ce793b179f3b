# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `V3AbandonedCartsSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.setting_channel_update import SettingChannelUpdate, SettingChannelUpdateBody


class V3AbandonedCartsSettingsChannels(NodeResource):
    """`api.abandoned_carts.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[SettingChannelUpdate]] = Operation(
        method="GET",
        path="abandoned-carts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=SettingChannelUpdate,
        envelope=True,
        operation_id="getChannelAbandonedCartSettings",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingChannelUpdate:
        """`GET /v3/abandoned-carts/settings/channels/{channel_id}`
        (getChannelAbandonedCartSettings).

        Returns one `SettingChannelUpdate`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"abandoned-carts/settings/channels/{segment(channel_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SettingChannelUpdate]] = Operation(
        method="PUT",
        path="abandoned-carts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=SettingChannelUpdate,
        body_type=SettingChannelUpdateBody,
        envelope=True,
        operation_id="updateChannelAbandonedCartSettings",
    )

    def update(
        self,
        channel_id: int,
        body: SettingChannelUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingChannelUpdate:
        """`PUT /v3/abandoned-carts/settings/channels/{channel_id}`
        (updateChannelAbandonedCartSettings).

        Returns one `SettingChannelUpdate`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `SettingChannelUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            f"abandoned-carts/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
