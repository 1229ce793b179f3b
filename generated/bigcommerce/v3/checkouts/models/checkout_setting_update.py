# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutSettingUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutSettingUpdateModel(ApiModel):
    """`CheckoutSettingUpdateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    custom_checkout_script_url: str | None = None
    order_confirmation_use_custom_checkout_script: bool | None = None
    custom_order_confirmation_script_url: str | None = None
    custom_checkout_supports_uco_settings: bool | None = None
    custom_checkout_sri_hash: str | None = None
    custom_order_confirmation_sri_hash: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutSettingUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    custom_checkout_script_url: str
    order_confirmation_use_custom_checkout_script: bool
    custom_order_confirmation_script_url: str
    custom_checkout_supports_uco_settings: bool
    custom_checkout_sri_hash: str
    custom_order_confirmation_sri_hash: str
