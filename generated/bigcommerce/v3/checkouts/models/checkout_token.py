# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutToken` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class CheckoutToken(ApiModel):
    """`CheckoutToken`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.checkouts.token`: `create`.
    """

    checkoutToken: str | None = None
    meta: dict[str, Any] | None = None
