# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout_setting_channel_update import (
    CheckoutSettingChannelUpdate,
    CheckoutSettingChannelUpdateBody,
)


class V3CheckoutsSettingsChannels(NodeResource):
    """`api.checkouts.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[CheckoutSettingChannelUpdate]] = Operation(
        method="GET",
        path="checkouts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=CheckoutSettingChannelUpdate,
        envelope=True,
        operation_id="get-channel-checkout-settings",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CheckoutSettingChannelUpdate:
        """`GET /v3/checkouts/settings/channels/{channel_id}` (get-channel-checkout-settings).

        Returns one `CheckoutSettingChannelUpdate`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"checkouts/settings/channels/{segment(channel_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CheckoutSettingChannelUpdate]] = Operation(
        method="PUT",
        path="checkouts/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=CheckoutSettingChannelUpdate,
        body_type=CheckoutSettingChannelUpdateBody,
        envelope=True,
        operation_id="put-channel-checkout-settings",
    )

    def update(
        self,
        channel_id: int,
        body: CheckoutSettingChannelUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CheckoutSettingChannelUpdate:
        """`PUT /v3/checkouts/settings/channels/{channel_id}` (put-channel-checkout-settings).

        Returns one `CheckoutSettingChannelUpdate`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `CheckoutSettingChannelUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            f"checkouts/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
