# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `V3CustomersSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from .._operation import NodeResource
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.customer_settings_object import CustomerSettingsObject, CustomerSettingsObjectUpdate

if TYPE_CHECKING:
    from .v3_customers_settings_channels import V3CustomersSettingsChannels


class V3CustomersSettings(NodeResource):
    """`api.customers.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3CustomersSettingsChannels:
        from .v3_customers_settings_channels import V3CustomersSettingsChannels

        return V3CustomersSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[CustomerSettingsObject]] = Operation(
        method="GET",
        path="customers/settings",
        version="v3",
        result="one",
        model=CustomerSettingsObject,
        envelope=True,
        operation_id="getCustomersSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomerSettingsObject:
        """`GET /v3/customers/settings` (getCustomersSettings).

        Returns one `CustomerSettingsObject`.
        """
        return self._call(
            self._op_get,
            "customers/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CustomerSettingsObject]] = Operation(
        method="PUT",
        path="customers/settings",
        version="v3",
        result="one",
        model=CustomerSettingsObject,
        body_type=CustomerSettingsObjectUpdate,
        envelope=True,
        operation_id="updateCustomersSettings",
    )

    def update(
        self,
        body: CustomerSettingsObjectUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CustomerSettingsObject:
        """`PUT /v3/customers/settings` (updateCustomersSettings).

        Returns one `CustomerSettingsObject`.

        Args:
            body: `CustomerSettingsObjectUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "customers/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
