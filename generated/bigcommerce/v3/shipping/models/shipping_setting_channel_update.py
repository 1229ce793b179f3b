# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingSettingChannelUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .shipping_setting_channel_update_checkout import (
    ShippingSettingChannelUpdateCheckout,
    ShippingSettingChannelUpdateCheckoutUpdate,
)


class ShippingSettingChannelUpdate(ApiModel):
    """`ShippingSettingChannelUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.shipping.settings.channels`: `get`, `update`.
    """

    checkout: ShippingSettingChannelUpdateCheckout | None = None


@with_config(REQUEST_CONFIG)
class ShippingSettingChannelUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    checkout: ShippingSettingChannelUpdateCheckoutUpdate
