# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartsV3AbandonedCartSettings` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class AbandonedCartsV3AbandonedCartSettings(ApiModel):
    """`AbandonedCartsV3AbandonedCartSettings`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    enable_notification: bool | None = None
    email_customer_until_cart_is_recovered: bool | None = None
    marketing_emails_require_customer_consent: bool | None = None
    email_merchant_when_cart_is_converted: bool | None = None
    email_merchant_when_cart_is_abandoned: bool | None = None
    merchant_email_address: str | None = None
    merchant_abandoned_cart_email_frequency_type: str | None = None
    merchant_abandoned_cart_digest_email_frequency: int | None = None


@with_config(REQUEST_CONFIG)
class AbandonedCartsV3AbandonedCartSettingsUpdate(TypedDict, total=False):
    """The fields to update a `AbandonedCartsV3AbandonedCartSettings` with; unknown keys are sent
    as given, with an `UnknownArgumentWarning`.
    """

    enable_notification: bool
    email_customer_until_cart_is_recovered: bool
    marketing_emails_require_customer_consent: bool
    email_merchant_when_cart_is_converted: bool
    email_merchant_when_cart_is_abandoned: bool
    merchant_email_address: str
    merchant_abandoned_cart_email_frequency_type: Literal["digest", "individual"]
    merchant_abandoned_cart_digest_email_frequency: int
