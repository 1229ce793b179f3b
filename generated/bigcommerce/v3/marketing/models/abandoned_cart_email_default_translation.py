# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartEmailDefaultTranslation` model."""

from __future__ import annotations

from ...._model import ApiModel
from .abandoned_cart_email_default_translation_keys import AbandonedCartEmailDefaultTranslationKeys


class AbandonedCartEmailDefaultTranslation(ApiModel):
    """`AbandonedCartEmailDefaultTranslation`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    locale: str | None = None
    """Required to create and update. At least 1 character."""
    keys: AbandonedCartEmailDefaultTranslationKeys | None = None
    """Required to create and update."""
