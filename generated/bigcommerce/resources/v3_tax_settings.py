# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxSettings` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.tax_settings import TaxSettings, TaxSettingsUpdate


class V3TaxSettings(NodeResource):
    """`api.tax.settings` (v3): get, update."""

    _version = "v3"

    def get(self) -> TaxSettings:
        """`GET /v3/tax/settings` (getTaxSettings)."""
        return self._one(TaxSettings, "GET", "tax/settings", {}, None, envelope=True)

    def update(self, body: TaxSettingsUpdate, /) -> TaxSettings:
        """`PUT /v3/tax/settings` (updateTaxSettings)."""
        return self._one(
            TaxSettings,
            "PUT",
            "tax/settings",
            {},
            None,
            body=body,
            body_type=TaxSettingsUpdate,
            envelope=True,
        )
