# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxSettingUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .tax_setting_update_price_display_settings import (
    TaxSettingUpdatePriceDisplaySettings,
    TaxSettingUpdatePriceDisplaySettingsUpdate,
)


class TaxSettingUpdate(ApiModel):
    """`TaxSettingUpdate`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.tax.settings`: `get`, `update`.
    """

    tax_entered_with_prices: bool | None = None
    price_display_settings: TaxSettingUpdatePriceDisplaySettings | None = None
    fallback_strategy: str | None = None
    """One of: `'FIXED'`, `'BASIC'`, `'DISABLE'`. Default `'FIXED'`."""
    should_subtract_store_tax: bool | None = None
    """Default `true`."""
    should_use_geolocation_to_determine_guest_shopper_tax_zone: bool | None = None
    guest_shopper_tax_zone_id: int | None = None
    """Default `1`."""
    store_tax_zone_id: int | None = None
    """Default `1`."""
    document_submission_strategy: str | None = None
    """One of: `'ON_PAYMENT_CAPTURE'`, `'ON_ORDER_CREATION'`. Default `'ON_PAYMENT_CAPTURE'`."""
    rounding_strategy: str | None = None
    """One of: `'NO_ROUNDING'`, `'RATE_ROUNDING'`. Default `'RATE_ROUNDING'`."""


@with_config(REQUEST_CONFIG)
class TaxSettingUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    tax_entered_with_prices: bool
    price_display_settings: TaxSettingUpdatePriceDisplaySettingsUpdate
    fallback_strategy: Literal["FIXED", "BASIC", "DISABLE"]
    """Default `'FIXED'`."""
    should_subtract_store_tax: bool
    """Default `true`."""
    should_use_geolocation_to_determine_guest_shopper_tax_zone: bool
    guest_shopper_tax_zone_id: int
    """Default `1`."""
    store_tax_zone_id: int
    """Default `1`."""
    document_submission_strategy: Literal["ON_PAYMENT_CAPTURE", "ON_ORDER_CREATION"]
    """Default `'ON_PAYMENT_CAPTURE'`."""
    rounding_strategy: Literal["NO_ROUNDING", "RATE_ROUNDING"]
    """Default `'RATE_ROUNDING'`."""
