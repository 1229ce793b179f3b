# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `ItemPricingOption` model."""

from __future__ import annotations

from ...._model import ApiModel


class ItemPricingOption(ApiModel):
    """`ItemPricingOption`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    option_id: int | None = None
    value_id: int | None = None
