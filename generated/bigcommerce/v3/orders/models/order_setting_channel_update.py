# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderSettingChannelUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .order_setting_channel_update_notifications import (
    OrderSettingChannelUpdateNotifications,
    OrderSettingChannelUpdateNotificationsUpdate,
)


class OrderSettingChannelUpdateModel(ApiModel):
    """`OrderSettingChannelUpdateModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    notifications: OrderSettingChannelUpdateNotifications | None = None


@with_config(REQUEST_CONFIG)
class OrderSettingChannelUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    notifications: OrderSettingChannelUpdateNotificationsUpdate
