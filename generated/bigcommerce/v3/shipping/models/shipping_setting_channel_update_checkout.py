# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `ShippingSettingChannelUpdateCheckout` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class ShippingSettingChannelUpdateCheckout(ApiModel):
    """`ShippingSettingChannelUpdateCheckout`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    out_of_delivery_zone_message: str | None = None


@with_config(REQUEST_CONFIG)
class ShippingSettingChannelUpdateCheckoutUpdate(TypedDict, total=False):
    """The fields to update a `ShippingSettingChannelUpdateCheckout` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    out_of_delivery_zone_message: str
