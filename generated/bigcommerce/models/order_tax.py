# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderTax` model."""

from __future__ import annotations

from pydantic import Field

from .._model import ApiModel


class OrderTax(ApiModel):
    """`OrderTax`: an object of the v2 `OrderTaxes` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    order_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_address_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_pickup_method_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_product_id: str | None = None
    """Read-only: set by the API, never sent."""
    tax_rate_id: int | None = None
    """Read-only: set by the API, never sent."""
    sales_tax_id: str | None = None
    """Read-only: set by the API, never sent."""
    tax_class_id: int | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Read-only: set by the API, never sent."""
    class_: str | None = Field(default=None, alias="class")
    """Read-only: set by the API, never sent."""
    rate: str | None = None
    """Read-only: set by the API, never sent."""
    priority: int | None = None
    """Read-only: set by the API, never sent."""
    priority_amount: str | None = None
    """Read-only: set by the API, never sent."""
    line_amount: str | None = None
    """Read-only: set by the API, never sent."""
    line_item_type: str | None = None
    """Read-only: set by the API, never sent. One of: `'item'`, `'shipping'`, `'handling'`,
    `'gift-wrapping'`.
    """
