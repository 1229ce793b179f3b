# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `SettingChannelUpdateOtherNotifications` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .setting_other_notifications_order_placed import (
    SettingOtherNotificationsOrderPlaced,
    SettingOtherNotificationsOrderPlacedUpdate,
)


class SettingChannelUpdateOtherNotifications(ApiModel):
    """`SettingChannelUpdateOtherNotifications`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    order_placed: SettingOtherNotificationsOrderPlaced | None = None
    forward_invoice: SettingOtherNotificationsOrderPlaced | None = None


@with_config(REQUEST_CONFIG)
class SettingChannelUpdateOtherNotificationsUpdate(TypedDict, total=False):
    """The fields to update a `SettingChannelUpdateOtherNotifications` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    order_placed: SettingOtherNotificationsOrderPlacedUpdate
    forward_invoice: SettingOtherNotificationsOrderPlacedUpdate
