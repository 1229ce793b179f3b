# Generated from spec/v2/store.yaml by codegen (`make generate`); do not edit.
"""The `StoreInformation` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel
from .store_features import StoreFeatures
from .store_timezone import StoreTimezone


class StoreInformation(ApiModel):
    """`StoreInformation`: an object of the v2 `Store` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: str
    account_uuid: str | None = None
    store_id: int | None = None
    domain: str | None = None
    secure_url: str | None = None
    control_panel_base_url: str | None = None
    status: str | None = None
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    address: str | None = None
    country: str | None = None
    country_code: str | None = None
    infrastructure_region: str | None = None
    phone: str | None = None
    admin_email: str | None = None
    order_email: str | None = None
    favicon_url: str | None = None
    timezone: StoreTimezone | None = None
    language: str | None = None
    currency: str | None = None
    currency_symbol: str | None = None
    decimal_separator: str | None = None
    thousands_separator: str | None = None
    decimal_places: int | None = None
    currency_symbol_location: str | None = None
    weight_units: str | None = None
    dimension_units: str | None = None
    dimension_decimal_places: int | None = None
    dimension_decimal_token: str | None = None
    dimension_thousands_token: str | None = None
    plan_name: str | None = None
    plan_level: str | None = None
    plan_is_trial: bool | None = None
    industry: str | None = None
    logo: Any | None = None
    is_price_entered_with_tax: bool | None = None
    default_channel_id: int | None = None
    default_site_id: int | None = None
    active_comparison_modules: list[Any] | None = None
    features: StoreFeatures | None = None
