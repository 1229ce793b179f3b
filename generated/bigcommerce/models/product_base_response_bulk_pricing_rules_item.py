# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductBaseResponseBulkPricingRulesItem` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel


class ProductBaseResponseBulkPricingRulesItem(ApiModel):
    """`ProductBaseResponseBulkPricingRulesItem`: an object of the v3 API. Every field but `id`
    is optional; unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    quantity_min: int | None = None
    """Required to create."""
    quantity_max: int | None = None
    """Required to create."""
    type: str | None = None
    """Required to create. One of: `'price'`, `'percent'`, `'fixed'`."""
    amount: Any | None = None
    """Required to create and update."""
