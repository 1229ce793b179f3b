# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderSettingChannelUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .order_setting_channel_update_notifications import (
    OrderSettingChannelUpdateNotifications,
    OrderSettingChannelUpdateNotificationsUpdate,
)


class OrderSettingChannelUpdate(ApiModel):
    """`OrderSettingChannelUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    notifications: OrderSettingChannelUpdateNotifications | None = None


@with_config(REQUEST_CONFIG)
class OrderSettingChannelUpdateUpdate(TypedDict, total=False):
    """The fields to update a `OrderSettingChannelUpdate` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    notifications: OrderSettingChannelUpdateNotificationsUpdate
