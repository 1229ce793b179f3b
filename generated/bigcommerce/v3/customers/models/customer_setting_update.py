# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSettingUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .setting_update_variant_privacy_settings import (
    SettingUpdateVariantPrivacySettings,
    SettingUpdateVariantPrivacySettingsUpdate,
)
from .setting_variant_customer_group_settings import (
    SettingVariantCustomerGroupSettings,
    SettingVariantCustomerGroupSettingsUpdate,
)


class CustomerSettingUpdate(ApiModel):
    """`CustomerSettingUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.customers.settings`: `get`, `update`;
    `api.customers.settings.channels`: `get`, `update`.
    """

    privacy_settings: SettingUpdateVariantPrivacySettings | None = None
    customer_group_settings: SettingVariantCustomerGroupSettings | None = None
    allow_global_logins: bool | None = None


@with_config(REQUEST_CONFIG)
class CustomerSettingUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    privacy_settings: SettingUpdateVariantPrivacySettingsUpdate
    customer_group_settings: SettingVariantCustomerGroupSettingsUpdate
    allow_global_logins: bool
