# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `PriceRange` model."""

from __future__ import annotations

from ...._model import ApiModel
from .tax_price import TaxPrice


class PriceRange(ApiModel):
    """`PriceRange`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    minimum: TaxPrice | None = None
    maximum: TaxPrice | None = None
