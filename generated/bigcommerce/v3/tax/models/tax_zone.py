# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZone` model."""

from __future__ import annotations

from ...._model import ApiModel
from .tax_zone_price_display_settings import TaxZonePriceDisplaySettings
from .tax_zone_shopper_target_settings import TaxZoneShopperTargetSettings


class TaxZone(ApiModel):
    """`TaxZone`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.tax`: `zonecheck`; `api.tax.zones`: `all`, `create_many`,
    `update_many`.
    """

    id: int
    name: str | None = None
    enabled: bool | None = None
    """Default `true`."""
    price_display_settings: TaxZonePriceDisplaySettings | None = None
    shopper_target_settings: TaxZoneShopperTargetSettings | None = None
