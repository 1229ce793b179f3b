# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxSettings` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.tax_setting_update import TaxSettingUpdate, TaxSettingUpdateBody


class V3TaxSettings(NodeResource):
    """`api.tax.settings` (v3): get, update."""

    _op_get: ClassVar[Operation[TaxSettingUpdate]] = Operation(
        method="GET",
        path="tax/settings",
        version="v3",
        result="one",
        model=TaxSettingUpdate,
        envelope=True,
        operation_id="getTaxSettings",
    )

    def get(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> TaxSettingUpdate:
        """`GET /v3/tax/settings` (getTaxSettings).

        Returns one `TaxSettingUpdate`.
        """
        return self._call(
            self._op_get,
            "tax/settings",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[TaxSettingUpdate]] = Operation(
        method="PUT",
        path="tax/settings",
        version="v3",
        result="one",
        model=TaxSettingUpdate,
        body_type=TaxSettingUpdateBody,
        envelope=True,
        operation_id="updateTaxSettings",
    )

    def update(
        self,
        body: TaxSettingUpdateBody,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> TaxSettingUpdate:
        """`PUT /v3/tax/settings` (updateTaxSettings).

        Returns one `TaxSettingUpdate`.

        Args:
            body: `TaxSettingUpdateBody`, the request body.
        """
        return self._call(
            self._op_update,
            "tax/settings",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
