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
    """Read-only: set by the API, never sent."""
    account_uuid: str | None = None
    """Read-only: set by the API, never sent."""
    store_id: int | None = None
    """Read-only: set by the API, never sent."""
    domain: str | None = None
    """Read-only: set by the API, never sent."""
    secure_url: str | None = None
    """Read-only: set by the API, never sent."""
    control_panel_base_url: str | None = None
    """Read-only: set by the API, never sent."""
    status: str | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    first_name: str | None = None
    """Read-only: set by the API, never sent."""
    last_name: str | None = None
    """Read-only: set by the API, never sent."""
    address: str | None = None
    """Read-only: set by the API, never sent."""
    country: str | None = None
    """Read-only: set by the API, never sent."""
    country_code: str | None = None
    """Read-only: set by the API, never sent."""
    infrastructure_region: str | None = None
    """Read-only: set by the API, never sent."""
    phone: str | None = None
    """Read-only: set by the API, never sent."""
    admin_email: str | None = None
    """Read-only: set by the API, never sent."""
    order_email: str | None = None
    """Read-only: set by the API, never sent."""
    favicon_url: str | None = None
    """Read-only: set by the API, never sent."""
    timezone: StoreTimezone | None = None
    """Read-only: set by the API, never sent."""
    language: str | None = None
    """Read-only: set by the API, never sent."""
    currency: str | None = None
    """Read-only: set by the API, never sent."""
    currency_symbol: str | None = None
    """Read-only: set by the API, never sent."""
    decimal_separator: str | None = None
    """Read-only: set by the API, never sent."""
    thousands_separator: str | None = None
    """Read-only: set by the API, never sent."""
    decimal_places: int | None = None
    """Read-only: set by the API, never sent."""
    currency_symbol_location: str | None = None
    """Read-only: set by the API, never sent."""
    weight_units: str | None = None
    """Read-only: set by the API, never sent."""
    dimension_units: str | None = None
    """Read-only: set by the API, never sent."""
    dimension_decimal_places: int | None = None
    """Read-only: set by the API, never sent."""
    dimension_decimal_token: str | None = None
    """Read-only: set by the API, never sent."""
    dimension_thousands_token: str | None = None
    """Read-only: set by the API, never sent."""
    plan_name: str | None = None
    """Read-only: set by the API, never sent."""
    plan_level: str | None = None
    """Read-only: set by the API, never sent."""
    plan_is_trial: bool | None = None
    """Read-only: set by the API, never sent."""
    industry: str | None = None
    """Read-only: set by the API, never sent."""
    logo: Any | None = None
    """Read-only: set by the API, never sent."""
    is_price_entered_with_tax: bool | None = None
    """Read-only: set by the API, never sent."""
    default_channel_id: int | None = None
    """Read-only: set by the API, never sent."""
    default_site_id: int | None = None
    """Read-only: set by the API, never sent."""
    active_comparison_modules: list[Any] | None = None
    """Read-only: set by the API, never sent."""
    features: StoreFeatures | None = None
    """Read-only: set by the API, never sent."""
