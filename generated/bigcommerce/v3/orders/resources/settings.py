# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.setting import Setting
from ..models.setting_update import SettingUpdate

if TYPE_CHECKING:
    from .settings_channels import V3OrdersSettingsChannels


class V3OrdersSettings(NodeResource):
    """`api.orders.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3OrdersSettingsChannels:
        from .settings_channels import V3OrdersSettingsChannels

        return V3OrdersSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[Setting]] = Operation(
        method="GET",
        path="orders/settings",
        version="v3",
        result="one",
        model=Setting,
        operation_id="getGlobalOrderSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Setting:
        """`GET /v3/orders/settings` (getGlobalOrderSettings).

        Returns one `Setting`.
        """
        return self._call(
            self._op_get,
            "orders/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Setting]] = Operation(
        method="PUT",
        path="orders/settings",
        version="v3",
        result="one",
        model=Setting,
        body_type=SettingUpdate,
        operation_id="updateGlobalOrderSettings",
    )

    def update(
        self,
        body: SettingUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Setting:
        """`PUT /v3/orders/settings` (updateGlobalOrderSettings).

        Returns one `Setting`.

        Args:
            body: `SettingUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "orders/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
