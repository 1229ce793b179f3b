# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSettingsChannels` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.customer_channel_settings_object import (
    CustomerChannelSettingsObject,
    CustomerChannelSettingsObjectUpdate,
)
from ..models.customer_settings_object import CustomerSettingsObject


class V3CustomersSettingsChannels(NodeResource):
    """`api.customers.settings.channels` (v3): get, update."""

    _version = "v3"

    def get(self, channel_id: int, /) -> CustomerChannelSettingsObject:
        """`GET /v3/customers/settings/channels/{channel_id}` (getCustomersSettingsChannel)."""
        return self._one(
            CustomerChannelSettingsObject,
            "GET",
            f"customers/settings/channels/{segment(channel_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, channel_id: int, body: CustomerChannelSettingsObjectUpdate, /
    ) -> CustomerSettingsObject:
        """`PUT /v3/customers/settings/channels/{channel_id}` (updateCustomersSettingsChannel)."""
        return self._one(
            CustomerSettingsObject,
            "PUT",
            f"customers/settings/channels/{segment(channel_id)}",
            {},
            None,
            body=body,
            body_type=CustomerChannelSettingsObjectUpdate,
            envelope=True,
        )
