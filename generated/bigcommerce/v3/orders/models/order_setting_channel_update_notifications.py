# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderSettingChannelUpdateNotifications` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .order_update_notifications_order_placed import (
    OrderUpdateNotificationsOrderPlaced,
    OrderUpdateNotificationsOrderPlacedUpdate,
)


class OrderSettingChannelUpdateNotifications(ApiModel):
    """`OrderSettingChannelUpdateNotifications`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    order_placed: OrderUpdateNotificationsOrderPlaced | None = None
    forward_invoice: OrderUpdateNotificationsOrderPlaced | None = None


@with_config(REQUEST_CONFIG)
class OrderSettingChannelUpdateNotificationsUpdate(TypedDict, total=False):
    """The fields to update a `OrderSettingChannelUpdateNotifications` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    order_placed: OrderUpdateNotificationsOrderPlacedUpdate
    forward_invoice: OrderUpdateNotificationsOrderPlacedUpdate
