# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartRedirectUrl` model."""

from __future__ import annotations

from ...._model import ApiModel


class CartRedirectUrl(ApiModel):
    """`CartRedirectUrl`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.carts.redirect_urls`: `create`.
    """

    cart_url: str | None = None
    checkout_url: str | None = None
    embedded_checkout_url: str | None = None
