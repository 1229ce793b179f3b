# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `SettingNotifications` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .setting_notifications_order_placed import (
    SettingNotificationsOrderPlaced,
    SettingNotificationsOrderPlacedUpdate,
)


class SettingNotifications(ApiModel):
    """`SettingNotifications`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    order_placed: SettingNotificationsOrderPlaced | None = None
    forward_invoice: SettingNotificationsOrderPlaced | None = None


@with_config(REQUEST_CONFIG)
class SettingNotificationsUpdate(TypedDict, total=False):
    """The fields to update a `SettingNotifications` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    order_placed: SettingNotificationsOrderPlacedUpdate
    forward_invoice: SettingNotificationsOrderPlacedUpdate
