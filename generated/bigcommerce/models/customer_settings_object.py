# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `CustomerSettingsObject` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .customer_settings_object_customer_group_settings import (
    CustomerSettingsObjectCustomerGroupSettings,
    CustomerSettingsObjectCustomerGroupSettingsUpdate,
)
from .customer_settings_object_privacy_settings import (
    CustomerSettingsObjectPrivacySettings,
    CustomerSettingsObjectPrivacySettingsUpdate,
)


class CustomerSettingsObject(ApiModel):
    """`CustomerSettingsObject`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    privacy_settings: CustomerSettingsObjectPrivacySettings | None = None
    customer_group_settings: CustomerSettingsObjectCustomerGroupSettings | None = None


@with_config(REQUEST_CONFIG)
class CustomerSettingsObjectUpdate(TypedDict, total=False):
    """The fields to update a `CustomerSettingsObject` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    privacy_settings: CustomerSettingsObjectPrivacySettingsUpdate
    customer_group_settings: CustomerSettingsObjectCustomerGroupSettingsUpdate
