# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_default_abandoned_cart_email_template_response_0bb8b572 import (
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys,
)


class GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem(ApiModel):
    """`GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem`: an object of the v3 API.
    Every field is optional; unknown fields are kept.
    """

    locale: str | None = None
    """Required to create and update."""
    keys: GetDefaultAbandonedCartEmailTemplateResponseTranslationsItemKeys | None = None
    """Required to create and update."""
