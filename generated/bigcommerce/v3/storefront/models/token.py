# Generated from spec/imported/v3/storefront.yaml by codegen (`make generate`); do not edit.
"""The `Token` model."""

from __future__ import annotations

from ...._model import ApiModel


class Token(ApiModel):
    """`Token`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.storefront.api_token`: `create`;
    `api.storefront.api_token_customer_impersonation`: `create`;
    `api.storefront.api_token_private`: `create`.
    """

    token: str | None = None
