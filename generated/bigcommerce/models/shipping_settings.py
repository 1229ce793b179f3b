# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .shipping_settings_checkout import ShippingSettingsCheckout, ShippingSettingsCheckoutUpdate


class ShippingSettings(ApiModel):
    """`ShippingSettings`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    checkout: ShippingSettingsCheckout | None = None


@with_config(REQUEST_CONFIG)
class ShippingSettingsUpdate(TypedDict, total=False):
    """The fields to update a `ShippingSettings` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    checkout: ShippingSettingsCheckoutUpdate
