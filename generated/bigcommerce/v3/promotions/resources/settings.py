# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionsSettings` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.promotion_setting_update import PromotionSettingUpdate, PromotionSettingUpdateBody


class V3PromotionsSettings(NodeResource):
    """`api.promotions.settings` (v3): get, update."""

    _op_get: ClassVar[Operation[PromotionSettingUpdate]] = Operation(
        method="GET",
        path="promotions/settings",
        version="v3",
        result="one",
        model=PromotionSettingUpdate,
        operation_id="getGlobalPromotionSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PromotionSettingUpdate:
        """`GET /v3/promotions/settings` (getGlobalPromotionSettings).

        Returns one `PromotionSettingUpdate`.
        """
        return self._call(
            self._op_get,
            "promotions/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[PromotionSettingUpdate]] = Operation(
        method="PUT",
        path="promotions/settings",
        version="v3",
        result="one",
        model=PromotionSettingUpdate,
        body_type=PromotionSettingUpdateBody,
        operation_id="updateGlobalPromotionSettings",
    )

    def update(
        self,
        body: PromotionSettingUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> PromotionSettingUpdate:
        """`PUT /v3/promotions/settings` (updateGlobalPromotionSettings).

        Returns one `PromotionSettingUpdate`.

        Args:
            body: `PromotionSettingUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            "promotions/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
