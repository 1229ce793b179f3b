# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderMessage` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel


class OrderMessage(ApiModel):
    """`OrderMessage`: an object of the v2 `OrderMessages` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    order_id: int | None = None
    staff_id: int | None = None
    customer_id: int | None = None
    type: str | None = None
    subject: str | None = None
    message: str | None = None
    status: str | None = None
    is_flagged: bool | None = None
    date_created: str | None = None
    customer: dict[str, Any] | None = None
