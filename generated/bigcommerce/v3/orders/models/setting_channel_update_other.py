# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `SettingChannelUpdateOtherModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .setting_channel_update_other_notifications import (
    SettingChannelUpdateOtherNotifications,
    SettingChannelUpdateOtherNotificationsUpdate,
)


class SettingChannelUpdateOtherModel(ApiModel):
    """`SettingChannelUpdateOtherModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    notifications: SettingChannelUpdateOtherNotifications | None = None


@with_config(REQUEST_CONFIG)
class SettingChannelUpdateOther(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    notifications: SettingChannelUpdateOtherNotificationsUpdate
