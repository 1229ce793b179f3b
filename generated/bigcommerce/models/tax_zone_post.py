# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxZonePOST` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .tax_zone_post_price_display_settings import (
    TaxZonePOSTPriceDisplaySettings,
    TaxZonePOSTPriceDisplaySettingsCreate,
)
from .tax_zone_post_shopper_target_settings import (
    TaxZonePOSTShopperTargetSettings,
    TaxZonePOSTShopperTargetSettingsCreate,
)


class TaxZonePOST(ApiModel):
    """`TaxZonePOST`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    """Required to create and update."""
    enabled: bool | None = None
    price_display_settings: TaxZonePOSTPriceDisplaySettings | None = None
    shopper_target_settings: TaxZonePOSTShopperTargetSettings | None = None


@with_config(REQUEST_CONFIG)
class TaxZonePOSTCreate(TypedDict, total=False):
    """The fields to create a `TaxZonePOST` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    enabled: bool
    price_display_settings: TaxZonePOSTPriceDisplaySettingsCreate
    shopper_target_settings: TaxZonePOSTShopperTargetSettingsCreate
