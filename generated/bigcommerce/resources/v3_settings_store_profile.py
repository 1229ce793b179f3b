# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStoreProfile` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.store_profile import StoreProfile, StoreProfileUpdate


@with_config(REQUEST_CONFIG)
class V3SettingsStoreProfileGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStoreProfileUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStoreProfile(NodeResource):
    """`api.settings.store.profile` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3SettingsStoreProfileGetQuery]) -> StoreProfile:
        """`GET /v3/settings/store/profile` (getSettingsStoreProfile)."""
        return self._one(
            StoreProfile,
            "GET",
            "settings/store/profile",
            query,
            V3SettingsStoreProfileGetQuery,
            envelope=True,
        )

    def update(
        self, body: StoreProfileUpdate, /, **query: Unpack[V3SettingsStoreProfileUpdateQuery]
    ) -> StoreProfile:
        """`PUT /v3/settings/store/profile` (updateSettingsStoreProfile)."""
        return self._one(
            StoreProfile,
            "PUT",
            "settings/store/profile",
            query,
            V3SettingsStoreProfileUpdateQuery,
            body=body,
            body_type=StoreProfileUpdate,
            envelope=True,
        )
