# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsSiteCheckoutUrl` resource (v3)."""

from __future__ import annotations

from typing import Any

from .._operation import NodeResource
from .._query import segment
from ..models.channels_v3_site import ChannelsV3Site
from ..models.put_checkout_url import PutCheckoutUrlUpdate


class V3ChannelsSiteCheckoutUrl(NodeResource):
    """`api.channels.site.checkout_url` (v3): delete_all, update."""

    _version = "v3"

    def delete_all(self, channel_id: int, /) -> dict[str, Any]:
        """`DELETE /v3/channels/{channel_id}/site/checkout-url` (deleteCheckoutUrl)."""
        return self._value(
            dict[str, Any],
            "DELETE",
            f"channels/{segment(channel_id)}/site/checkout-url",
            {},
            None,
            envelope=True,
        )

    def update(self, channel_id: int, body: PutCheckoutUrlUpdate, /) -> ChannelsV3Site:
        """`PUT /v3/channels/{channel_id}/site/checkout-url` (updateCheckoutUrl)."""
        return self._one(
            ChannelsV3Site,
            "PUT",
            f"channels/{segment(channel_id)}/site/checkout-url",
            {},
            None,
            body=body,
            body_type=PutCheckoutUrlUpdate,
        )
