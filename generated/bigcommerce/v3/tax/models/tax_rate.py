# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxRate` model."""

from __future__ import annotations

from ...._model import ApiModel
from .tax_rate_class_rate import TaxRateClassRate


class TaxRate(ApiModel):
    """`TaxRate`: an object of the v3 API. Every field but `id` is optional; unknown fields are
    kept. Answered by `api.tax.rates`: `all`, `create_many`, `update_many`.
    """

    class_rates: list[TaxRateClassRate] | None = None
    enabled: bool | None = None
    """Default `true`."""
    id: int
    name: str | None = None
    priority: int | None = None
    """Default `1`."""
    tax_zone_id: int | None = None
