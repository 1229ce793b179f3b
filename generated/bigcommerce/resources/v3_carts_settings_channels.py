# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.channel_cart_settings import ChannelCartSettings, ChannelCartSettingsUpdate


class V3CartsSettingsChannels(NodeResource):
    """`api.carts.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[ChannelCartSettings]] = Operation(
        method="GET",
        path="carts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=ChannelCartSettings,
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
    ) -> ChannelCartSettings:
        """`GET /v3/carts/settings/channels/{channel_id}` (getChannelCartSettings).

        Returns one `ChannelCartSettings`.

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

    _op_update: ClassVar[Operation[ChannelCartSettings]] = Operation(
        method="PUT",
        path="carts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=ChannelCartSettings,
        body_type=ChannelCartSettingsUpdate,
        envelope=True,
        operation_id="updateChannelCartSettings",
    )

    def update(
        self,
        channel_id: int,
        body: ChannelCartSettingsUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelCartSettings:
        """`PUT /v3/carts/settings/channels/{channel_id}` (updateChannelCartSettings).

        Returns one `ChannelCartSettings`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `ChannelCartSettingsUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"carts/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
