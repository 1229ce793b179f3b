# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionsSettings` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.global_promotion_settings import (
    GlobalPromotionSettings,
    GlobalPromotionSettingsUpdate,
)


class V3PromotionsSettings(NodeResource):
    """`api.promotions.settings` (v3): get, update."""

    _version = "v3"

    def get(self) -> GlobalPromotionSettings:
        """`GET /v3/promotions/settings` (getGlobalPromotionSettings)."""
        return self._one(GlobalPromotionSettings, "GET", "promotions/settings", {}, None)

    def update(self, body: GlobalPromotionSettingsUpdate, /) -> GlobalPromotionSettings:
        """`PUT /v3/promotions/settings` (updateGlobalPromotionSettings)."""
        return self._one(
            GlobalPromotionSettings,
            "PUT",
            "promotions/settings",
            {},
            None,
            body=body,
            body_type=GlobalPromotionSettingsUpdate,
        )
