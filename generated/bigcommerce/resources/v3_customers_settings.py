# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from ..models.customer_settings_object import CustomerSettingsObject, CustomerSettingsObjectUpdate

if TYPE_CHECKING:
    from .v3_customers_settings_channels import V3CustomersSettingsChannels


class V3CustomersSettings(NodeResource):
    """`api.customers.settings` (v3): get, update."""

    _version = "v3"

    @cached_property
    def channels(self) -> V3CustomersSettingsChannels:
        from .v3_customers_settings_channels import V3CustomersSettingsChannels

        return V3CustomersSettingsChannels(self._connection)

    def get(self) -> CustomerSettingsObject:
        """`GET /v3/customers/settings` (getCustomersSettings)."""
        return self._one(
            CustomerSettingsObject, "GET", "customers/settings", {}, None, envelope=True
        )

    def update(self, body: CustomerSettingsObjectUpdate, /) -> CustomerSettingsObject:
        """`PUT /v3/customers/settings` (updateCustomersSettings)."""
        return self._one(
            CustomerSettingsObject,
            "PUT",
            "customers/settings",
            {},
            None,
            body=body,
            body_type=CustomerSettingsObjectUpdate,
            envelope=True,
        )
