# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsSite` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.site_create import SiteCreate
from ...shared.models.site_update import SiteUpdate
from ..models.channel_site import ChannelSite

if TYPE_CHECKING:
    from .site_checkout_url import V3ChannelsSiteCheckoutUrl


class V3ChannelsSite(NodeResource):
    """`api.channels.site` (v3): create, delete_all, get, update."""

    @cached_property
    def checkout_url(self) -> V3ChannelsSiteCheckoutUrl:
        from .site_checkout_url import V3ChannelsSiteCheckoutUrl

        return V3ChannelsSiteCheckoutUrl(self._connection)

    _op_create: ClassVar[Operation[ChannelSite]] = Operation(
        method="POST",
        path="channels/{channel_id}/site",
        version="v3",
        result="one",
        model=ChannelSite,
        body_type=SiteCreate,
        envelope=True,
        operation_id="createChannelSite",
    )

    def create(
        self,
        channel_id: int,
        body: SiteCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelSite:
        """`POST /v3/channels/{channel_id}/site` (createChannelSite).

        Returns one `ChannelSite`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `SiteCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"channels/{segment(channel_id)}/site",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="channels/{channel_id}/site",
        version="v3",
        result="value",
        model=dict[str, Any],
        operation_id="deleteChannelSite",
    )

    def delete_all(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """`DELETE /v3/channels/{channel_id}/site` (deleteChannelSite).

        Returns `dict[str, Any]`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"channels/{segment(channel_id)}/site",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ChannelSite]] = Operation(
        method="GET",
        path="channels/{channel_id}/site",
        version="v3",
        result="one",
        model=ChannelSite,
        envelope=True,
        operation_id="getChannelSite",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelSite:
        """`GET /v3/channels/{channel_id}/site` (getChannelSite).

        Returns one `ChannelSite`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"channels/{segment(channel_id)}/site",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ChannelSite]] = Operation(
        method="PUT",
        path="channels/{channel_id}/site",
        version="v3",
        result="one",
        model=ChannelSite,
        body_type=SiteUpdate,
        envelope=True,
        operation_id="updateChannelSite",
    )

    def update(
        self,
        channel_id: int,
        body: SiteUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ChannelSite:
        """`PUT /v3/channels/{channel_id}/site` (updateChannelSite).

        Returns one `ChannelSite`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `SiteUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"channels/{segment(channel_id)}/site",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
