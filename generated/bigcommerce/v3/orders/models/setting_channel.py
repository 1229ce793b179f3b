# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `SettingChannel` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel
from .order_setting_channel_update_notifications import OrderSettingChannelUpdateNotifications


class SettingChannel(ApiModel):
    """`SettingChannel`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.orders.settings.channels`: `get`, `update`.
    """

    notifications: OrderSettingChannelUpdateNotifications | None = None
    meta: dict[str, Any] | None = None
