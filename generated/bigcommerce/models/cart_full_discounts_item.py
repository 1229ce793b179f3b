# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartFullDiscountsItem` model."""

from __future__ import annotations

from .._model import ApiModel


class CartFullDiscountsItem(ApiModel):
    """`CartFullDiscountsItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: str | None = None
    discounted_amount: int | float | None = None
