# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `SettingUpdateDataCheckout` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SettingUpdateDataCheckout(ApiModel):
    """`SettingUpdateDataCheckout`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    country_list_strategy: str | None = None
    """One of: `'DISPLAY_ALL_COUNTRIES'`, `'DISPLAY_ONLY_SHIPPABLE_COUNTRIES'`."""
    out_of_delivery_zone_message: str | None = None


@with_config(REQUEST_CONFIG)
class SettingUpdateDataCheckoutUpdate(TypedDict, total=False):
    """The fields to update a `SettingUpdateDataCheckout` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    country_list_strategy: Literal["DISPLAY_ALL_COUNTRIES", "DISPLAY_ONLY_SHIPPABLE_COUNTRIES"]
    out_of_delivery_zone_message: str
