# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductAppliedDiscount` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderProductAppliedDiscount(ApiModel):
    """`OrderProductAppliedDiscount`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: str
    """Read-only: set by the API, never sent."""
    amount: str | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    code: str | None = None
    """Read-only: set by the API, never sent."""
    target: str | None = None
    """Read-only: set by the API, never sent. One of: `'order'`, `'product'`."""
