# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutTax` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutTax(ApiModel):
    """`CheckoutTax`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    name: str | None = None
    amount: int | float | None = None
