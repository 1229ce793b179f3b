# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductComplexRuleResponseDataConditionsItem` model."""

from __future__ import annotations

from .._model import ApiModel


class UpdateProductComplexRuleResponseDataConditionsItem(ApiModel):
    """`UpdateProductComplexRuleResponseDataConditionsItem`: an object of the v3 API. Every field
    but `id` is optional; unknown fields are kept.
    """

    id: int
    rule_id: int | None = None
    modifier_id: int | None = None
    """Required to create and update."""
    modifier_value_id: int | None = None
    """Required to create and update."""
    variant_id: int | None = None
    """Required to create and update."""
    combination_id: int | None = None
