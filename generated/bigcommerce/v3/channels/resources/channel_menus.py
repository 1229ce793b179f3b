# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsChannelMenus` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.channel_menus_create import ChannelMenusCreate
from ..models.channel_menus_response import ChannelMenusResponse


class V3ChannelsChannelMenus(NodeResource):
    """`api.channels.channel_menus` (v3): create, delete_all, get."""

    _op_create: ClassVar[Operation[ChannelMenusResponse]] = Operation(
        method="POST",
        path="channels/{channel_id}/channel-menus",
        version="v3",
        result="one",
        model=ChannelMenusResponse,
        body_type=ChannelMenusCreate,
        envelope=True,
        operation_id="createChannelMenus",
    )

    def create(
        self,
        channel_id: int,
        body: ChannelMenusCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelMenusResponse:
        """`POST /v3/channels/{channel_id}/channel-menus` (createChannelMenus).

        Returns one `ChannelMenusResponse`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `ChannelMenusCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"channels/{segment(channel_id)}/channel-menus",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[int]] = Operation(
        method="DELETE",
        path="channels/{channel_id}/channel-menus",
        version="v3",
        result="value",
        model=int,
        envelope=True,
        operation_id="deleteChannelMenus",
    )

    def delete_all(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> int:
        """`DELETE /v3/channels/{channel_id}/channel-menus` (deleteChannelMenus).

        Returns `int`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"channels/{segment(channel_id)}/channel-menus",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ChannelMenusResponse]] = Operation(
        method="GET",
        path="channels/{channel_id}/channel-menus",
        version="v3",
        result="one",
        model=ChannelMenusResponse,
        envelope=True,
        operation_id="getChannelMenus",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelMenusResponse:
        """`GET /v3/channels/{channel_id}/channel-menus` (getChannelMenus).

        Returns one `ChannelMenusResponse`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}/channel-menus",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
