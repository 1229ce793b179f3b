# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductAppliedDiscounts` model."""

from __future__ import annotations

from ...._model import ApiModel


class OrderProductAppliedDiscounts(ApiModel):
    """`OrderProductAppliedDiscounts`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: str
    amount: str | None = None
    name: str | None = None
    code: str | None = None
    """May be null."""
    target: str | None = None
    """One of: `'order'`, `'product'`."""
