# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePUT` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_zone_put_price_display_settings import (
    TaxZonePUTPriceDisplaySettings,
    TaxZonePUTPriceDisplaySettingsUpdate,
)
from .tax_zone_put_shopper_target_settings import (
    TaxZonePUTShopperTargetSettings,
    TaxZonePUTShopperTargetSettingsUpdate,
)


class TaxZonePUT(ApiModel):
    """`TaxZonePUT`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept.
    """

    id: int
    """Required to create and update."""
    name: str | None = None
    enabled: bool | None = None
    price_display_settings: TaxZonePUTPriceDisplaySettings | None = None
    shopper_target_settings: TaxZonePUTShopperTargetSettings | None = None


@with_config(REQUEST_CONFIG)
class TaxZonePUTUpdate(TypedDict, total=False):
    """The fields to update a `TaxZonePUT` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    id: Required[int]
    name: str
    enabled: bool
    price_display_settings: TaxZonePUTPriceDisplaySettingsUpdate
    shopper_target_settings: TaxZonePUTShopperTargetSettingsUpdate
