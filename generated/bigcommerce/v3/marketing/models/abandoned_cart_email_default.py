# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartEmailDefault` model."""

from __future__ import annotations

from ...._model import ApiModel
from .abandoned_cart_email_default_translation import AbandonedCartEmailDefaultTranslation


class AbandonedCartEmailDefault(ApiModel):
    """`AbandonedCartEmailDefault`: an object of the v3 API. Every field is optional; unknown
    fields are kept. Answered by `api.marketing.abandoned_cart_emails.default`: `get`.
    """

    subject: str | None = None
    """Required to create and update. At least 1 character."""
    body: str | None = None
    """Required to create and update. At least 1 character."""
    translations: list[AbandonedCartEmailDefaultTranslation] | None = None
    """Required to create and update."""
