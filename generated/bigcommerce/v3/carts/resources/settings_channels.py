# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.setting_channel_update_data import (
    SettingChannelUpdateData,
    SettingChannelUpdateDataBody,
)


class V3CartsSettingsChannels(NodeResource):
    """`api.carts.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[SettingChannelUpdateData]] = Operation(
        method="GET",
        path="carts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=SettingChannelUpdateData,
        envelope=True,
        operation_id="getChannelCartSettings",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingChannelUpdateData:
        """`GET /v3/carts/settings/channels/{channel_id}` (getChannelCartSettings).

        Returns one `SettingChannelUpdateData`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"carts/settings/channels/{segment(channel_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SettingChannelUpdateData]] = Operation(
        method="PUT",
        path="carts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=SettingChannelUpdateData,
        body_type=SettingChannelUpdateDataBody,
        envelope=True,
        operation_id="updateChannelCartSettings",
    )

    def update(
        self,
        channel_id: int,
        body: SettingChannelUpdateDataBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingChannelUpdateData:
        """`PUT /v3/carts/settings/channels/{channel_id}` (updateChannelCartSettings).

        Returns one `SettingChannelUpdateData`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `SettingChannelUpdateDataBody`, the request body.
        """
        return self._call(
            self._op_update,
            f"carts/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
