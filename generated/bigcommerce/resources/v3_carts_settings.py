# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `V3CartsSettings` resource (v3)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from ..models.cart_settings import CartSettings, CartSettingsUpdate

if TYPE_CHECKING:
    from .v3_carts_settings_channels import V3CartsSettingsChannels


class V3CartsSettings(NodeResource):
    """`api.carts.settings` (v3): get, update."""

    _version = "v3"

    @cached_property
    def channels(self) -> V3CartsSettingsChannels:
        from .v3_carts_settings_channels import V3CartsSettingsChannels

        return V3CartsSettingsChannels(self._connection)

    def get(self) -> CartSettings:
        """`GET /v3/carts/settings` (getGlobalCartSettings)."""
        return self._one(CartSettings, "GET", "carts/settings", {}, None, envelope=True)

    def update(self, body: CartSettingsUpdate, /) -> CartSettings:
        """`PUT /v3/carts/settings` (updateGlobalCartSettings)."""
        return self._one(
            CartSettings,
            "PUT",
            "carts/settings",
            {},
            None,
            body=body,
            body_type=CartSettingsUpdate,
            envelope=True,
        )
