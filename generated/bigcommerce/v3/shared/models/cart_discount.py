# Generated from spec/imported/v3/shared.yaml by codegen (`make generate`); do not edit.
"""The `CartDiscount` model."""

from __future__ import annotations

from ...._model import ApiModel


class CartDiscount(ApiModel):
    """`CartDiscount`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    discounted_amount: int | float | None = None
