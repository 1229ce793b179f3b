# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontSeo` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.seo_settings import SEOSettings, SEOSettingsUpdate


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSeoGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontSeoUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStorefrontSeo(NodeResource):
    """`api.settings.storefront.seo` (v3): get, update."""

    _version = "v3"

    def get(self, **query: Unpack[V3SettingsStorefrontSeoGetQuery]) -> SEOSettings:
        """`GET /v3/settings/storefront/seo` (getSettingsStorefrontSeo)."""
        return self._one(
            SEOSettings,
            "GET",
            "settings/storefront/seo",
            query,
            V3SettingsStorefrontSeoGetQuery,
            envelope=True,
        )

    def update(
        self, body: SEOSettingsUpdate, /, **query: Unpack[V3SettingsStorefrontSeoUpdateQuery]
    ) -> SEOSettings:
        """`PUT /v3/settings/storefront/seo` (updateSettingsStorefrontSeo)."""
        return self._one(
            SEOSettings,
            "PUT",
            "settings/storefront/seo",
            query,
            V3SettingsStorefrontSeoUpdateQuery,
            body=body,
            body_type=SEOSettingsUpdate,
            envelope=True,
        )
