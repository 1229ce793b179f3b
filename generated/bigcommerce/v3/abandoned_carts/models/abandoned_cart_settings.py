# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartSettings` model."""

from __future__ import annotations

from ...._model import ApiModel


class AbandonedCartSettings(ApiModel):
    """`AbandonedCartSettings`: an object of the v3 API. Every field is optional; unknown fields
    are kept. Answered by `api.abandoned_carts.settings`: `get`, `update`.
    """

    enable_notification: bool | None = None
    email_customer_until_cart_is_recovered: bool | None = None
    marketing_emails_require_customer_consent: bool | None = None
    email_merchant_when_cart_is_converted: bool | None = None
    email_merchant_when_cart_is_abandoned: bool | None = None
    merchant_email_address: str | None = None
    merchant_abandoned_cart_email_frequency_type: str | None = None
    """One of: `'digest'`, `'individual'`."""
    merchant_abandoned_cart_digest_email_frequency: int | None = None
    """From 2 to 1000."""
