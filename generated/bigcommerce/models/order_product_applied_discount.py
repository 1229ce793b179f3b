# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductAppliedDiscount` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderProductAppliedDiscount(ApiModel):
    """`OrderProductAppliedDiscount`: an object of the v2 API. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: str
    amount: str | None = None
    name: str | None = None
    code: str | None = None
    target: str | None = None
