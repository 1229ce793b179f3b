# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZoneShopperTargetSettingsLocation` model."""

from __future__ import annotations

from ...._model import ApiModel


class TaxZoneShopperTargetSettingsLocation(ApiModel):
    """`TaxZoneShopperTargetSettingsLocation`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    country_code: str | None = None
    subdivision_codes: list[str] | None = None
    postal_codes: list[str] | None = None
