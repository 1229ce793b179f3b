# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.cart_setting_update import CartSettingUpdate
from ..models.cart_settings import CartSettings

if TYPE_CHECKING:
    from .settings_channels import V3CartsSettingsChannels


class V3CartsSettings(NodeResource):
    """`api.carts.settings` (v3): get, update."""

    @cached_property
    def channels(self) -> V3CartsSettingsChannels:
        from .settings_channels import V3CartsSettingsChannels

        return V3CartsSettingsChannels(self._connection)

    _op_get: ClassVar[Operation[CartSettings]] = Operation(
        method="GET",
        path="carts/settings",
        version="v3",
        result="one",
        model=CartSettings,
        envelope=True,
        operation_id="getGlobalCartSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartSettings:
        """`GET /v3/carts/settings` (getGlobalCartSettings).

        Returns one `CartSettings`.
        """
        return self._call(
            self._op_get,
            "carts/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[CartSettings]] = Operation(
        method="PUT",
        path="carts/settings",
        version="v3",
        result="one",
        model=CartSettings,
        body_type=CartSettingUpdate,
        envelope=True,
        operation_id="updateGlobalCartSettings",
    )

    def update(
        self,
        body: CartSettingUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CartSettings:
        """`PUT /v3/carts/settings` (updateGlobalCartSettings).

        Returns one `CartSettings`.

        Args:
            body: `CartSettingUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "carts/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
