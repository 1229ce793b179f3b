# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontSecurity` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.storefront_security_settings import (
    StorefrontSecuritySettings,
    StorefrontSecuritySettingsUpdate,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSecurityGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSecurityUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStorefrontSecurity(NodeResource):
    """`api.settings.storefront.security` (v3): get, update."""

    _version = "v3"

    def get(
        self, **query: Unpack[V3SettingsStorefrontSecurityGetQuery]
    ) -> StorefrontSecuritySettings:
        """`GET /v3/settings/storefront/security` (getSettingsStorefrontSecurity)."""
        return self._one(
            StorefrontSecuritySettings,
            "GET",
            "settings/storefront/security",
            query,
            V3SettingsStorefrontSecurityGetQuery,
            envelope=True,
        )

    def update(
        self,
        body: StorefrontSecuritySettingsUpdate,
        /,
        **query: Unpack[V3SettingsStorefrontSecurityUpdateQuery],
    ) -> StorefrontSecuritySettings:
        """`PUT /v3/settings/storefront/security` (updateSettingsStorefrontSecurity)."""
        return self._one(
            StorefrontSecuritySettings,
            "PUT",
            "settings/storefront/security",
            query,
            V3SettingsStorefrontSecurityUpdateQuery,
            body=body,
            body_type=StorefrontSecuritySettingsUpdate,
            envelope=True,
        )
