# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderProductOption` model."""

from __future__ import annotations

from .._model import ApiModel


class OrderProductOption(ApiModel):
    """`OrderProductOption`: an object of the v2 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    option_id: int | None = None
    """Read-only: set by the API, never sent."""
    order_product_id: int | None = None
    """Read-only: set by the API, never sent."""
    product_option_id: int | None = None
    """Read-only: set by the API, never sent."""
    display_name: str | None = None
    """Read-only: set by the API, never sent."""
    display_name_customer: str | None = None
    """Read-only: set by the API, never sent."""
    display_name_merchant: str | None = None
    """Read-only: set by the API, never sent."""
    display_value: str | None = None
    """Read-only: set by the API, never sent."""
    display_value_customer: str | None = None
    """Read-only: set by the API, never sent."""
    display_value_merchant: str | None = None
    """Read-only: set by the API, never sent."""
    value: str | None = None
    """Read-only: set by the API, never sent."""
    type: str | None = None
    """Read-only: set by the API, never sent. One of: `'Checkbox'`, `'Date field'`, `'File
    Upload'`, `'Multi-line text field'`, `'Multiple choice'`, `'Product Pick List'`,
    `'Swatch'`, `'Text field'`.
    """
    name: str | None = None
    """Read-only: set by the API, never sent."""
    display_style: str | None = None
    """Read-only: set by the API, never sent."""
