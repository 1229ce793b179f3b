# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `ChannelOrderSettingsNotifications` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .channel_order_settings_notifications_forward_invoice import (
    ChannelOrderSettingsNotificationsForwardInvoice,
    ChannelOrderSettingsNotificationsForwardInvoiceUpdate,
)
from .channel_order_settings_notifications_order_placed import (
    ChannelOrderSettingsNotificationsOrderPlaced,
    ChannelOrderSettingsNotificationsOrderPlacedUpdate,
)


class ChannelOrderSettingsNotifications(ApiModel):
    """`ChannelOrderSettingsNotifications`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    order_placed: ChannelOrderSettingsNotificationsOrderPlaced | None = None
    forward_invoice: ChannelOrderSettingsNotificationsForwardInvoice | None = None


@with_config(REQUEST_CONFIG)
class ChannelOrderSettingsNotificationsUpdate(TypedDict, total=False):
    """The fields to update a `ChannelOrderSettingsNotifications` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    order_placed: ChannelOrderSettingsNotificationsOrderPlacedUpdate
    forward_invoice: ChannelOrderSettingsNotificationsForwardInvoiceUpdate
