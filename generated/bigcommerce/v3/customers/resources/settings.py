# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_setting_update import CustomerSettingUpdate, CustomerSettingUpdateBody

if TYPE_CHECKING:
    from .settings_channels import V3CustomersSettingsChannels


class V3CustomersSettings(NodeResource):
    """`api.customers.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3CustomersSettingsChannels:
        from .settings_channels import V3CustomersSettingsChannels

        return V3CustomersSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[CustomerSettingUpdate]] = Operation(
        method="GET",
        path="customers/settings",
        version="v3",
        result="one",
        model=CustomerSettingUpdate,
        envelope=True,
        operation_id="getCustomersSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomerSettingUpdate:
        """`GET /v3/customers/settings` (getCustomersSettings).

        Returns one `CustomerSettingUpdate`.
        """
        return self._call(
            self._op_get,
            "customers/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CustomerSettingUpdate]] = Operation(
        method="PUT",
        path="customers/settings",
        version="v3",
        result="one",
        model=CustomerSettingUpdate,
        body_type=CustomerSettingUpdateBody,
        envelope=True,
        operation_id="updateCustomersSettings",
    )

    def update(
        self,
        body: CustomerSettingUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomerSettingUpdate:
        """`PUT /v3/customers/settings` (updateCustomersSettings).

        Returns one `CustomerSettingUpdate`.

        Args:
            body: `CustomerSettingUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            "customers/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
