# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ComplexRuleCondition` model."""

from __future__ import annotations

from ...._model import ApiModel


class ComplexRuleCondition(ApiModel):
    """`ComplexRuleCondition`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    """May be null."""
    rule_id: int | None = None
    """May be null."""
    modifier_id: int | None = None
    """Required to create and update. May be null."""
    modifier_value_id: int | None = None
    """Required to create and update. May be null."""
    variant_id: int | None = None
    """Required to create and update. May be null."""
    combination_id: int | None = None
