# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsActiveTheme` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.active_theme import ActiveTheme


class V3ChannelsActiveTheme(NodeResource):
    """`api.channels.active_theme` (v3): get."""

    _op_get: ClassVar[Operation[ActiveTheme]] = Operation(
        method="GET",
        path="channels/{channel_id}/active-theme",
        version="v3",
        result="one",
        model=ActiveTheme,
        envelope=True,
        operation_id="getChannelActiveTheme",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ActiveTheme:
        """`GET /v3/channels/{channel_id}/active-theme` (getChannelActiveTheme).

        Returns one `ActiveTheme`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}/active-theme",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
