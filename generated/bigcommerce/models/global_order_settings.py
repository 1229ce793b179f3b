# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `GlobalOrderSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .global_order_settings_notifications import (
    GlobalOrderSettingsNotifications,
    GlobalOrderSettingsNotificationsUpdate,
)


class GlobalOrderSettings(ApiModel):
    """`GlobalOrderSettings`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    notifications: GlobalOrderSettingsNotifications | None = None


@with_config(REQUEST_CONFIG)
class GlobalOrderSettingsUpdate(TypedDict, total=False):
    """The fields to update a `GlobalOrderSettings` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    notifications: GlobalOrderSettingsNotificationsUpdate
