# Generated from spec/imported/v3/abandoned_carts.yaml by codegen (`make generate`); do not edit.
"""The `AbandonedCartInfo` model."""

from __future__ import annotations

from ...._model import ApiModel


class AbandonedCartInfo(ApiModel):
    """`AbandonedCartInfo`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.abandoned_carts`: `get`.
    """

    cart_id: str | None = None
