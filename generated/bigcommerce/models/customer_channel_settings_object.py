# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerChannelSettingsObject` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .customer_channel_settings_object_customer_group_settings import (
    CustomerChannelSettingsObjectCustomerGroupSettings,
    CustomerChannelSettingsObjectCustomerGroupSettingsUpdate,
)
from .customer_channel_settings_object_privacy_settings import (
    CustomerChannelSettingsObjectPrivacySettings,
    CustomerChannelSettingsObjectPrivacySettingsUpdate,
)


class CustomerChannelSettingsObject(ApiModel):
    """`CustomerChannelSettingsObject`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    privacy_settings: CustomerChannelSettingsObjectPrivacySettings | None = None
    customer_group_settings: CustomerChannelSettingsObjectCustomerGroupSettings | None = None
    allow_global_logins: bool | None = None


@with_config(REQUEST_CONFIG)
class CustomerChannelSettingsObjectUpdate(TypedDict, total=False):
    """The fields to update a `CustomerChannelSettingsObject` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    privacy_settings: CustomerChannelSettingsObjectPrivacySettingsUpdate
    customer_group_settings: CustomerChannelSettingsObjectCustomerGroupSettingsUpdate
    allow_global_logins: bool
