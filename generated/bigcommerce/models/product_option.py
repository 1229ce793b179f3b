# Generated from spec/v2/products.yaml by codegen (`make generate`); do not edit.
"""The `ProductOption` model."""

from __future__ import annotations

from .._model import ApiModel


class ProductOption(ApiModel):
    """`ProductOption`: an object of the v2 `ProductOptions` resource. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    option_id: int | None = None
    """Read-only: set by the API, never sent."""
    display_name: str | None = None
    """Read-only: set by the API, never sent."""
    sort_order: int | None = None
    """Read-only: set by the API, never sent."""
    is_required: bool | None = None
    """Read-only: set by the API, never sent."""
