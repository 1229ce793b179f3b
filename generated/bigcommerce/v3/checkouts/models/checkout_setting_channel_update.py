# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutSettingChannelUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class CheckoutSettingChannelUpdate(ApiModel):
    """`CheckoutSettingChannelUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.checkouts.settings.channels`: `get`, `update`.
    """

    checkout_type: str | None = None
    guest_checkout_type: str | None = None
    guest_checkout_for_existing_accounts: str | None = None
    policy_consent: str | None = None
    order_confirmation_contact_email: str | None = None
    is_order_terms_and_conditions_enabled: bool | None = None
    order_terms_and_conditions_type: str | None = None
    order_terms_and_conditions_link: str | None = None
    order_terms_and_conditions_textarea: str | None = None
    should_redirect_to_storefront_for_auth: bool | None = None
    custom_checkout_script_url: str | None = None
    order_confirmation_use_custom_checkout_script: bool | None = None
    custom_order_confirmation_script_url: str | None = None
    custom_checkout_supports_uco_settings: bool | None = None
    custom_checkout_sri_hash: str | None = None
    custom_order_confirmation_sri_hash: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutSettingChannelUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    checkout_type: str
    guest_checkout_type: str
    guest_checkout_for_existing_accounts: str
    policy_consent: str
    order_confirmation_contact_email: str
    is_order_terms_and_conditions_enabled: bool
    order_terms_and_conditions_type: str
    order_terms_and_conditions_link: str
    order_terms_and_conditions_textarea: str
    should_redirect_to_storefront_for_auth: bool
    custom_checkout_script_url: str
    order_confirmation_use_custom_checkout_script: bool
    custom_order_confirmation_script_url: str
    custom_checkout_supports_uco_settings: bool
    custom_checkout_sri_hash: str
    custom_order_confirmation_sri_hash: str
