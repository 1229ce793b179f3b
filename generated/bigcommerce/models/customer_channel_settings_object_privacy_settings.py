# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerChannelSettingsObjectPrivacySettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CustomerChannelSettingsObjectPrivacySettings(ApiModel):
    """`CustomerChannelSettingsObjectPrivacySettings`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    ask_shopper_for_tracking_consent: bool | None = None
    policy_url: str | None = None


@with_config(REQUEST_CONFIG)
class CustomerChannelSettingsObjectPrivacySettingsUpdate(TypedDict, total=False):
    """The fields to update a `CustomerChannelSettingsObjectPrivacySettings` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`.
    """

    ask_shopper_for_tracking_consent: bool
    policy_url: str
