# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionsSettings` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from .._operation import NodeResource
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.global_promotion_settings import (
    GlobalPromotionSettings,
    GlobalPromotionSettingsUpdate,
)


class V3PromotionsSettings(NodeResource):
    """`api.promotions.settings` (v3): get, update."""

    _op_get: ClassVar[Operation[GlobalPromotionSettings]] = Operation(
        method="GET",
        path="promotions/settings",
        version="v3",
        result="one",
        model=GlobalPromotionSettings,
        operation_id="getGlobalPromotionSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> GlobalPromotionSettings:
        """`GET /v3/promotions/settings` (getGlobalPromotionSettings).

        Returns one `GlobalPromotionSettings`.
        """
        return self._call(
            self._op_get,
            "promotions/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[GlobalPromotionSettings]] = Operation(
        method="PUT",
        path="promotions/settings",
        version="v3",
        result="one",
        model=GlobalPromotionSettings,
        body_type=GlobalPromotionSettingsUpdate,
        operation_id="updateGlobalPromotionSettings",
    )

    def update(
        self,
        body: GlobalPromotionSettingsUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> GlobalPromotionSettings:
        """`PUT /v3/promotions/settings` (updateGlobalPromotionSettings).

        Returns one `GlobalPromotionSettings`.

        Args:
            body: `GlobalPromotionSettingsUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "promotions/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
