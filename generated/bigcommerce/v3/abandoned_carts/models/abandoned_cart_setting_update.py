# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartSettingUpdateModel` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class AbandonedCartSettingUpdateModel(ApiModel):
    """`AbandonedCartSettingUpdateModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    enable_notification: bool | None = None
    email_customer_until_cart_is_recovered: bool | None = None
    """Required to create and update."""
    marketing_emails_require_customer_consent: bool | None = None
    """Required to create and update."""
    email_merchant_when_cart_is_converted: bool | None = None
    """Required to create and update."""
    email_merchant_when_cart_is_abandoned: bool | None = None
    """Required to create and update."""
    merchant_email_address: str | None = None
    """Required to create and update."""
    merchant_abandoned_cart_email_frequency_type: str | None = None
    """Required to create and update. One of: `'digest'`, `'individual'`."""
    merchant_abandoned_cart_digest_email_frequency: int | None = None
    """Required to create and update. From 2 to 1000."""


@with_config(REQUEST_CONFIG)
class AbandonedCartSettingUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    enable_notification: bool
    email_customer_until_cart_is_recovered: Required[bool]
    marketing_emails_require_customer_consent: Required[bool]
    email_merchant_when_cart_is_converted: Required[bool]
    email_merchant_when_cart_is_abandoned: Required[bool]
    merchant_email_address: Required[str]
    merchant_abandoned_cart_email_frequency_type: Required[Literal["digest", "individual"]]
    merchant_abandoned_cart_digest_email_frequency: Required[int]
    """From 2 to 1000."""
