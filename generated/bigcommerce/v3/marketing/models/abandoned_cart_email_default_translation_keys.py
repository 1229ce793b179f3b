# Generated from spec/imported/v3/marketing.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartEmailDefaultTranslationKeys` model."""

from __future__ import annotations

from ...._model import ApiModel


class AbandonedCartEmailDefaultTranslationKeys(ApiModel):
    """`AbandonedCartEmailDefaultTranslationKeys`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    hello_phrase: str | None = None
    """At least 1 character."""
