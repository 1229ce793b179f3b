# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `TaxRateClassRate` model."""

from __future__ import annotations

from ...._model import ApiModel


class TaxRateClassRate(ApiModel):
    """`TaxRateClassRate`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    rate: int | float | None = None
    tax_class_id: int | None = None
