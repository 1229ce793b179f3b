# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `SettingUpdateVariantPrivacySettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SettingUpdateVariantPrivacySettings(ApiModel):
    """`SettingUpdateVariantPrivacySettings`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    ask_shopper_for_tracking_consent: bool | None = None
    policy_url: str | None = None


@with_config(REQUEST_CONFIG)
class SettingUpdateVariantPrivacySettingsUpdate(TypedDict, total=False):
    """The fields to update a `SettingUpdateVariantPrivacySettings` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    ask_shopper_for_tracking_consent: bool
    policy_url: str
