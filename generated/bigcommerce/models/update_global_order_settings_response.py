# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `UpdateGlobalOrderSettingsResponse` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel
from .global_order_settings_notifications import GlobalOrderSettingsNotifications


class UpdateGlobalOrderSettingsResponse(ApiModel):
    """`UpdateGlobalOrderSettingsResponse`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    notifications: GlobalOrderSettingsNotifications | None = None
    meta: dict[str, Any] | None = None
