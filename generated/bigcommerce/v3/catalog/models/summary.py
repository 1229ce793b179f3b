# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `Summary` model."""

from __future__ import annotations

from ...._model import ApiModel


class Summary(ApiModel):
    """`Summary`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by `api.catalog.summary`: `get`.
    """

    inventory_count: int | None = None
    inventory_value: int | float | None = None
    primary_category_id: int | None = None
    primary_category_name: str | None = None
    variant_count: int | None = None
    highest_variant_price: int | float | None = None
    average_variant_price: int | float | None = None
    lowest_variant_price: str | None = None
    oldest_variant_date: str | None = None
    newest_variant_date: str | None = None
