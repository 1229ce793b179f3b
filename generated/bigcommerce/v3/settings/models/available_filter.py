# Generated from spec/imported/v3/settings.yaml by codegen (`make generate`); do not edit.
"""The `AvailableFilter` model."""

from __future__ import annotations

from ...._model import ApiModel


class AvailableFilter(ApiModel):
    """`AvailableFilter`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.settings.search.filters.available`: `all`.
    """

    id: str | None = None
    name: str | None = None
    product_count: int | None = None
    type: str | None = None
    """One of: `'category'`, `'brand'`, `'rating'`, `'product'`, `'price'`, `'other'`."""
    price_range_max: int | float | None = None
    price_range_min: int | float | None = None
