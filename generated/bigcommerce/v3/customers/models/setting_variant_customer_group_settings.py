# Generated from spec/imported/v3/customers.yaml by codegen (`make generate`); do not edit.
"""The `SettingVariantCustomerGroupSettings` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SettingVariantCustomerGroupSettings(ApiModel):
    """`SettingVariantCustomerGroupSettings`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    guest_customer_group_id: int | None = None
    default_customer_group_id: int | None = None


@with_config(REQUEST_CONFIG)
class SettingVariantCustomerGroupSettingsUpdate(TypedDict, total=False):
    """The fields to update a `SettingVariantCustomerGroupSettings` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    guest_customer_group_id: int
    default_customer_group_id: int
