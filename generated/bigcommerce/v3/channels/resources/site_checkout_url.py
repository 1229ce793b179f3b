# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `V3ChannelsSiteCheckoutUrl` resource (v3)."""

from __future__ import annotations

from typing import Any, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.site_update import SiteUpdate
from ..models.channel_site import ChannelSite


class V3ChannelsSiteCheckoutUrl(NodeResource):
    """`api.channels.site.checkout_url` (v3): delete_all, update."""

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="channels/{channel_id}/site/checkout-url",
        version="v3",
        result="value",
        model=dict[str, Any],
        envelope=True,
        operation_id="deleteCheckoutUrl",
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
        """`DELETE /v3/channels/{channel_id}/site/checkout-url` (deleteCheckoutUrl).

        Returns `dict[str, Any]`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_delete_all,
            f"channels/{segment(channel_id)}/site/checkout-url",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ChannelSite]] = Operation(
        method="PUT",
        path="channels/{channel_id}/site/checkout-url",
        version="v3",
        result="one",
        model=ChannelSite,
        body_type=SiteUpdate,
        operation_id="updateCheckoutUrl",
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
        """`PUT /v3/channels/{channel_id}/site/checkout-url` (updateCheckoutUrl).

        Returns one `ChannelSite`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `SiteUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"channels/{segment(channel_id)}/site/checkout-url",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
