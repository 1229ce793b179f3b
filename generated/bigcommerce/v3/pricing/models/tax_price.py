# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `TaxPrice` model."""

from __future__ import annotations

from ...._model import ApiModel


class TaxPrice(ApiModel):
    """`TaxPrice`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    as_entered: int | float | None = None
    tax_inclusive: int | float | None = None
    tax_exclusive: int | float | None = None
    entered_inclusive: bool | None = None
