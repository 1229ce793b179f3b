# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.checkout_setting_update import CheckoutSettingUpdate
from ..models.checkouts_settings import CheckoutsSettings

if TYPE_CHECKING:
    from .settings_channels import V3CheckoutsSettingsChannels


class V3CheckoutsSettings(NodeResource):
    """`api.checkouts.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3CheckoutsSettingsChannels:
        from .settings_channels import V3CheckoutsSettingsChannels

        return V3CheckoutsSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[CheckoutsSettings]] = Operation(
        method="GET",
        path="checkouts/settings",
        version="v3",
        result="one",
        model=CheckoutsSettings,
        envelope=True,
        operation_id="getCheckoutSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CheckoutsSettings:
        """`GET /v3/checkouts/settings` (getCheckoutSettings).

        Returns one `CheckoutsSettings`.
        """
        return self._call(
            self._op_get,
            "checkouts/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CheckoutsSettings]] = Operation(
        method="PUT",
        path="checkouts/settings",
        version="v3",
        result="one",
        model=CheckoutsSettings,
        body_type=CheckoutSettingUpdate,
        envelope=True,
        operation_id="updateCheckoutSettings",
    )

    def update(
        self,
        body: CheckoutSettingUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CheckoutsSettings:
        """`PUT /v3/checkouts/settings` (updateCheckoutSettings).

        Returns one `CheckoutsSettings`.

        Args:
            body: `CheckoutSettingUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "checkouts/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
