# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontStatus` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.storefront_status import StorefrontStatus, StorefrontStatusUpdate


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontStatusGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontStatusUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStorefrontStatus(NodeResource):
    """`api.settings.storefront.status` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3SettingsStorefrontStatusGetQuery]) -> StorefrontStatus:
        """`GET /v3/settings/storefront/status` (getSettingsStorefrontStatus)."""
        return self._one(
            StorefrontStatus,
            "GET",
            "settings/storefront/status",
            query,
            V3SettingsStorefrontStatusGetQuery,
            envelope=True,
        )

    def update(
        self,
        body: StorefrontStatusUpdate,
        /,
        **query: Unpack[V3SettingsStorefrontStatusUpdateQuery],
    ) -> StorefrontStatus:
        """`PUT /v3/settings/storefront/status` (updateSettingsStorefrontStatus)."""
        return self._one(
            StorefrontStatus,
            "PUT",
            "settings/storefront/status",
            query,
            V3SettingsStorefrontStatusUpdateQuery,
            body=body,
            body_type=StorefrontStatusUpdate,
            envelope=True,
        )
