# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `GetDefaultAbandonedCartEmailTemplateResponse` model."""

from __future__ import annotations

from .._model import ApiModel
from .get_default_abandoned_cart_email_template_response_c1d88966 import (
    GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem,
)


class GetDefaultAbandonedCartEmailTemplateResponse(ApiModel):
    """`GetDefaultAbandonedCartEmailTemplateResponse`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    subject: str | None = None
    """Required to create and update."""
    body: str | None = None
    """Required to create and update."""
    translations: list[GetDefaultAbandonedCartEmailTemplateResponseTranslationsItem] | None = None
    """Required to create and update."""
