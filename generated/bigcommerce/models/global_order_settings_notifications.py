# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `GlobalOrderSettingsNotifications` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .global_order_settings_notifications_forward_invoice import (
    GlobalOrderSettingsNotificationsForwardInvoice,
    GlobalOrderSettingsNotificationsForwardInvoiceUpdate,
)
from .global_order_settings_notifications_order_placed import (
    GlobalOrderSettingsNotificationsOrderPlaced,
    GlobalOrderSettingsNotificationsOrderPlacedUpdate,
)


class GlobalOrderSettingsNotifications(ApiModel):
    """`GlobalOrderSettingsNotifications`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    order_placed: GlobalOrderSettingsNotificationsOrderPlaced | None = None
    forward_invoice: GlobalOrderSettingsNotificationsForwardInvoice | None = None


@with_config(REQUEST_CONFIG)
class GlobalOrderSettingsNotificationsUpdate(TypedDict, total=False):
    """The fields to update a `GlobalOrderSettingsNotifications` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    order_placed: GlobalOrderSettingsNotificationsOrderPlacedUpdate
    forward_invoice: GlobalOrderSettingsNotificationsForwardInvoiceUpdate
