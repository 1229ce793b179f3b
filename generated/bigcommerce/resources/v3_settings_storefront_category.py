# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `V3SettingsStorefrontCategory` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.storefront_category_settings import (
    StorefrontCategorySettings,
    StorefrontCategorySettingsUpdate,
)


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontCategoryGetQuery(TypedDict, total=False):
    """Query parameters of `get`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


@with_config(REQUEST_CONFIG)
class V3SettingsStorefrontCategoryUpdateQuery(TypedDict, total=False):
    """Query parameters of `update`; `x__in` is sent as `x:in`; unknown keys are refused."""

    channel_id: int


class V3SettingsStorefrontCategory(NodeResource):
    """`api.settings.storefront.category` (v3): get, update."""

    _version = "v3"

    def get(
        self, **query: Unpack[V3SettingsStorefrontCategoryGetQuery]
    ) -> StorefrontCategorySettings:
        """`GET /v3/settings/storefront/category` (getSettingsStorefrontCategory)."""
        return self._one(
            StorefrontCategorySettings,
            "GET",
            "settings/storefront/category",
            query,
            V3SettingsStorefrontCategoryGetQuery,
            envelope=True,
        )

    def update(
        self,
        body: StorefrontCategorySettingsUpdate,
        /,
        **query: Unpack[V3SettingsStorefrontCategoryUpdateQuery],
    ) -> StorefrontCategorySettings:
        """`PUT /v3/settings/storefront/category` (updateSettingsStorefrontCategory)."""
        return self._one(
            StorefrontCategorySettings,
            "PUT",
            "settings/storefront/category",
            query,
            V3SettingsStorefrontCategoryUpdateQuery,
            body=body,
            body_type=StorefrontCategorySettingsUpdate,
            envelope=True,
        )
