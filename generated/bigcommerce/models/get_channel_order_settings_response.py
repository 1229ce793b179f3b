# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `GetChannelOrderSettingsResponse` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel
from .channel_order_settings_notifications import ChannelOrderSettingsNotifications


class GetChannelOrderSettingsResponse(ApiModel):
    """`GetChannelOrderSettingsResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    notifications: ChannelOrderSettingsNotifications | None = None
    meta: dict[str, Any] | None = None
