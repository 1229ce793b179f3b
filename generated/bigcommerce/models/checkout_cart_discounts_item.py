# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartDiscountsItem` model."""

from __future__ import annotations

from .._model import ApiModel


class CheckoutCartDiscountsItem(ApiModel):
    """`CheckoutCartDiscountsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    discounted_amount: int | float | None = None
