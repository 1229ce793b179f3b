# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSettingsChannels` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_setting_update import CustomerSettingUpdate, CustomerSettingUpdateBody


class V3CustomersSettingsChannels(NodeResource):
    """`api.customers.settings.channels` (v3): get, update."""

    _op_get: ClassVar[Operation[CustomerSettingUpdate]] = Operation(
        method="GET",
        path="customers/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=CustomerSettingUpdate,
        envelope=True,
        operation_id="getCustomersSettingsChannel",
    )

    def get(
        self,
        channel_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomerSettingUpdate:
        """`GET /v3/customers/settings/channels/{channel_id}` (getCustomersSettingsChannel).

        Returns one `CustomerSettingUpdate`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
        """
        return self._call(
            self._op_get,
            f"customers/settings/channels/{segment(channel_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CustomerSettingUpdate]] = Operation(
        method="PUT",
        path="customers/settings/channels/{channel_id}",
        version="v3",
        result="one",
        model=CustomerSettingUpdate,
        body_type=CustomerSettingUpdateBody,
        envelope=True,
        operation_id="updateCustomersSettingsChannel",
    )

    def update(
        self,
        channel_id: int,
        body: CustomerSettingUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomerSettingUpdate:
        """`PUT /v3/customers/settings/channels/{channel_id}` (updateCustomersSettingsChannel).

        Returns one `CustomerSettingUpdate`.

        Args:
            channel_id: `int`, the path's `{channel_id}`.
            body: `CustomerSettingUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            f"customers/settings/channels/{segment(channel_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
