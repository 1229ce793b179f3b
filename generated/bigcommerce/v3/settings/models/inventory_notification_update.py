# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `InventoryNotificationUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class InventoryNotificationUpdate(ApiModel):
    """`InventoryNotificationUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.settings.inventory.notifications`: `get`.
    """

    low_stock_notification_address: list[str] | None = None
    out_of_stock_notification_address: list[str] | None = None


@with_config(REQUEST_CONFIG)
class InventoryNotificationUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    low_stock_notification_address: list[str]
    out_of_stock_notification_address: list[str]
