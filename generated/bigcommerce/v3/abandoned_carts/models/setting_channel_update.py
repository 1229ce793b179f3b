# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `SettingChannelUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class SettingChannelUpdate(ApiModel):
    """`SettingChannelUpdate`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.abandoned_carts.settings.channels`: `get`, `update`.
    """

    enable_notification: bool | None = None
    """May be null."""
    email_customer_until_cart_is_recovered: bool | None = None
    """May be null."""
    marketing_emails_require_customer_consent: bool | None = None
    """May be null."""
    email_merchant_when_cart_is_converted: bool | None = None
    """May be null."""
    email_merchant_when_cart_is_abandoned: bool | None = None
    """May be null."""
    merchant_email_address: str | None = None
    """May be null. At most 500 characters."""
    merchant_abandoned_cart_email_frequency_type: str | None = None
    """One of: `'digest'`, `'individual'`. May be null."""
    merchant_abandoned_cart_digest_email_frequency: int | None = None
    """May be null. From 2 to 1000."""


@with_config(REQUEST_CONFIG)
class SettingChannelUpdateBody(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    enable_notification: bool | None
    email_customer_until_cart_is_recovered: bool | None
    marketing_emails_require_customer_consent: bool | None
    email_merchant_when_cart_is_converted: bool | None
    email_merchant_when_cart_is_abandoned: bool | None
    merchant_email_address: str | None
    """At most 500 characters."""
    merchant_abandoned_cart_email_frequency_type: Literal["digest", "individual"] | None
    merchant_abandoned_cart_digest_email_frequency: int | None
    """From 2 to 1000."""
