# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsChannelMenus` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.channel_menus_post import ChannelMenusPostCreate
from ..models.channel_menus_resp_response_data import ChannelMenusRespResponseData


class V3ChannelsChannelMenus(NodeResource):
    """`api.channels.channel_menus` (v3): create, delete_all, get."""

    _version = "v3"

    def create(
        self, channel_id: int, body: ChannelMenusPostCreate, /
    ) -> ChannelMenusRespResponseData:
        """`POST /v3/channels/{channel_id}/channel-menus` (createChannelMenus)."""
        return self._one(
            ChannelMenusRespResponseData,
            "POST",
            f"channels/{segment(channel_id)}/channel-menus",
            {},
            None,
            body=body,
            body_type=ChannelMenusPostCreate,
            envelope=True,
        )

    def delete_all(self, channel_id: int, /) -> int:
        """`DELETE /v3/channels/{channel_id}/channel-menus` (deleteChannelMenus)."""
        return self._value(
            int, "DELETE", f"channels/{segment(channel_id)}/channel-menus", {}, None, envelope=True
        )

    def get(self, channel_id: int, /) -> ChannelMenusRespResponseData:
        """`GET /v3/channels/{channel_id}/channel-menus` (getChannelMenus)."""
        return self._one(
            ChannelMenusRespResponseData,
            "GET",
            f"channels/{segment(channel_id)}/channel-menus",
            {},
            None,
            envelope=True,
        )
