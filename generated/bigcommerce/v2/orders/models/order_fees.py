# Generated from spec/imported/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderFees` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class OrderFees(ApiModel):
    """`OrderFees`: an object of the v2 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.v2.orders.fees`: `get`.
    """

    id: int
    type: str | None = None
    """One of: `'custom_fee'`."""
    display_name_customer: str | None = None
    display_name_merchant: str | None = None
    source: str | None = None
    base_cost: Any | None = None
    cost_ex_tax: Any | None = None
    cost_inc_tax: Any | None = None
    cost_tax: Any | None = None
    tax_class_id: int | None = None
    """May be null."""
