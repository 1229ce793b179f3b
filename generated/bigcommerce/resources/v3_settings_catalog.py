# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsCatalog` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.catalog_settings import CatalogSettings, CatalogSettingsUpdate


@with_config(REQUEST_CONFIG)
class V3SettingsCatalogGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsCatalogUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsCatalog(NodeResource):
    """`api.settings.catalog` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3SettingsCatalogGetQuery]) -> CatalogSettings:
        """`GET /v3/settings/catalog` (getSettingsCatalog)."""
        return self._one(
            CatalogSettings,
            "GET",
            "settings/catalog",
            query,
            V3SettingsCatalogGetQuery,
            envelope=True,
        )

    def update(
        self, body: CatalogSettingsUpdate, /, **query: Unpack[V3SettingsCatalogUpdateQuery]
    ) -> CatalogSettings:
        """`PUT /v3/settings/catalog` (updateSettingsCatalog)."""
        return self._one(
            CatalogSettings,
            "PUT",
            "settings/catalog",
            query,
            V3SettingsCatalogUpdateQuery,
            body=body,
            body_type=CatalogSettingsUpdate,
            envelope=True,
        )
