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
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
    """Read-only: set by the API, never sent."""
    staff_id: int | None = None
    """Read-only: set by the API, never sent."""
    customer_id: int | None = None
    """Read-only: set by the API, never sent."""
    type: str | None = None
    """Read-only: set by the API, never sent."""
    subject: str | None = None
    """Read-only: set by the API, never sent."""
    message: str | None = None
    """Read-only: set by the API, never sent."""
    status: str | None = None
    """Read-only: set by the API, never sent. One of: `'read'`, `'unread'`."""
    is_flagged: bool | None = None
    """Read-only: set by the API, never sent."""
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    customer: dict[str, Any] | None = None
    """Read-only: set by the API, never sent."""
