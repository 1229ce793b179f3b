# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Setting` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel
from .setting_notifications import SettingNotifications


class Setting(ApiModel):
    """`Setting`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.orders.settings`: `get`, `update`.
    """

    notifications: SettingNotifications | None = None
    meta: dict[str, Any] | None = None
