# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `ChannelOrderSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .channel_order_settings_notifications import (
    ChannelOrderSettingsNotifications,
    ChannelOrderSettingsNotificationsUpdate,
)


class ChannelOrderSettings(ApiModel):
    """`ChannelOrderSettings`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    notifications: ChannelOrderSettingsNotifications | None = None


@with_config(REQUEST_CONFIG)
class ChannelOrderSettingsUpdate(TypedDict, total=False):
    """The fields to update a `ChannelOrderSettings` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    notifications: ChannelOrderSettingsNotificationsUpdate
