# Generated from spec/v2/order_statuses.yaml by codegen (`make generate`); do not edit.
"""The `OrderStatus` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderStatus(ApiModel):
    """`OrderStatus`: an object of the v2 `OrderStatuses` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    system_label: str | None = None
    """Read-only: set by the API, never sent."""
    custom_label: str | None = None
    """Read-only: set by the API, never sent."""
    system_description: str | None = None
    """Read-only: set by the API, never sent."""
    order: int | None = None
    """Read-only: set by the API, never sent."""
