# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsSite` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._operation import NodeResource
from .._query import segment
from ..models.channels_v3_site import ChannelsV3Site
from ..models.site_post import SitePostCreate
from ..models.site_put import SitePutUpdate

if TYPE_CHECKING:
    from .v3_channels_site_checkout_url import V3ChannelsSiteCheckoutUrl


class V3ChannelsSite(NodeResource):
    """`api.channels.site` (v3): create, delete_all, get, update."""

    _version = "v3"

    @cached_property
    def checkout_url(self) -> V3ChannelsSiteCheckoutUrl:
        from .v3_channels_site_checkout_url import V3ChannelsSiteCheckoutUrl

        return V3ChannelsSiteCheckoutUrl(self._connection)

    def create(self, channel_id: int, body: SitePostCreate, /) -> ChannelsV3Site:
        """`POST /v3/channels/{channel_id}/site` (createChannelSite)."""
        return self._one(
            ChannelsV3Site,
            "POST",
            f"channels/{segment(channel_id)}/site",
            {},
            None,
            body=body,
            body_type=SitePostCreate,
            envelope=True,
        )

    def delete_all(self, channel_id: int, /) -> dict[str, Any]:
        """`DELETE /v3/channels/{channel_id}/site` (deleteChannelSite)."""
        return self._value(
            dict[str, Any], "DELETE", f"channels/{segment(channel_id)}/site", {}, None
        )

    def get(self, channel_id: int, /) -> ChannelsV3Site:
        """`GET /v3/channels/{channel_id}/site` (getChannelSite)."""
        return self._one(
            ChannelsV3Site, "GET", f"channels/{segment(channel_id)}/site", {}, None, envelope=True
        )

    def update(self, channel_id: int, body: SitePutUpdate, /) -> ChannelsV3Site:
        """`PUT /v3/channels/{channel_id}/site` (updateChannelSite)."""
        return self._one(
            ChannelsV3Site,
            "PUT",
            f"channels/{segment(channel_id)}/site",
            {},
            None,
            body=body,
            body_type=SitePutUpdate,
            envelope=True,
        )
