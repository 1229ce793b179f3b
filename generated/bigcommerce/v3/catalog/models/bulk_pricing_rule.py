# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `BulkPricingRule` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel


class BulkPricingRule(ApiModel):
    """`BulkPricingRule`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.products.bulk_pricing_rules`: `all`, `create`,
    `get`, `update`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    quantity_min: int | None = None
    """At least 0."""
    quantity_max: int | None = None
    """At least 0."""
    type: str | None = None
    """One of: `'price'`, `'percent'`, `'fixed'`."""
    amount: Any | None = None
