# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutFee` model."""

from __future__ import annotations

from ...._model import ApiModel


class CheckoutFee(ApiModel):
    """`CheckoutFee`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    type: str | None = None
    """One of: `'custom_fee'`."""
    name: str | None = None
    display_name: str | None = None
    cost_inc_tax: int | float | None = None
    cost_ex_tax: int | float | None = None
    source: str | None = None
    tax_class_id: int | None = None
    """May be null."""
