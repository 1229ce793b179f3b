# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V3ShippingSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.setting_update_data import SettingUpdateData, SettingUpdateDataBody

if TYPE_CHECKING:
    from .settings_channels import V3ShippingSettingsChannels


class V3ShippingSettings(NodeResource):
    """`api.shipping.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3ShippingSettingsChannels:
        from .settings_channels import V3ShippingSettingsChannels

        return V3ShippingSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[SettingUpdateData]] = Operation(
        method="GET",
        path="shipping/settings",
        version="v3",
        result="one",
        model=SettingUpdateData,
        envelope=True,
        operation_id="getShippingSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingUpdateData:
        """`GET /v3/shipping/settings` (getShippingSettings).

        Returns one `SettingUpdateData`.
        """
        return self._call(
            self._op_get,
            "shipping/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SettingUpdateData]] = Operation(
        method="PUT",
        path="shipping/settings",
        version="v3",
        result="one",
        model=SettingUpdateData,
        body_type=SettingUpdateDataBody,
        envelope=True,
        operation_id="updateShippingSettings",
    )

    def update(
        self,
        body: SettingUpdateDataBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SettingUpdateData:
        """`PUT /v3/shipping/settings` (updateShippingSettings).

        Returns one `SettingUpdateData`.

        Args:
            body: `SettingUpdateDataBody`, the request body.
        """
        return self._call(
            self._op_update,
            "shipping/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
