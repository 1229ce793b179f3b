# Generated from spec/imported/v3/channels.yaml by codegen (`make generate`); do not edit.
"""The `ChannelWithCurrencies` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .currency_not_required_with_channel_id import CurrencyNotRequiredWithChannelId


class ChannelWithCurrencies(ApiModel):
    """`ChannelWithCurrencies`: an object of the v3 API. Every field but `id` is optional;
    unknown fields are kept. Answered by `api.channels`: `all`, `create`, `get`, `update`.
    """

    id: int
    external_id: str | None = None
    is_listable_from_ui: bool | None = None
    is_enabled: bool | None = None
    """Deprecated."""
    is_visible: bool | None = None
    status: str | None = None
    """One of: `'active'`, `'prelaunch'`, `'inactive'`, `'connected'`, `'disconnected'`,
    `'archived'`, `'deleted'`, `'terminated'`.
    """
    name: str | None = None
    type: str | None = None
    """One of: `'pos'`, `'marketplace'`, `'storefront'`, `'marketing'`."""
    platform: str | None = None
    date_created: _dt.datetime | None = None
    date_modified: _dt.datetime | None = None
    icon_url: str | None = None
    currencies: CurrencyNotRequiredWithChannelId | None = None
