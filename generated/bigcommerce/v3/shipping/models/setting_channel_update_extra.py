# Generated from spec/imported/v3/shipping.yaml by codegen (`make generate`); do not edit.
"""The `SettingChannelUpdateExtra` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .setting_channel_update_extra_checkout import (
    SettingChannelUpdateExtraCheckout,
    SettingChannelUpdateExtraCheckoutUpdate,
)


class SettingChannelUpdateExtra(ApiModel):
    """`SettingChannelUpdateExtra`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    checkout: SettingChannelUpdateExtraCheckout | None = None


@with_config(REQUEST_CONFIG)
class SettingChannelUpdateExtraUpdate(TypedDict, total=False):
    """The fields to update a `SettingChannelUpdateExtra` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    checkout: SettingChannelUpdateExtraCheckoutUpdate
