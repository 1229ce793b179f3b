# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ChannelShippingSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .channel_shipping_settings_checkout import (
    ChannelShippingSettingsCheckout,
    ChannelShippingSettingsCheckoutUpdate,
)


class ChannelShippingSettings(ApiModel):
    """`ChannelShippingSettings`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    checkout: ChannelShippingSettingsCheckout | None = None


@with_config(REQUEST_CONFIG)
class ChannelShippingSettingsUpdate(TypedDict, total=False):
    """The fields to update a `ChannelShippingSettings` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    checkout: ChannelShippingSettingsCheckoutUpdate
