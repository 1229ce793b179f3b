# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ComplexRule` model."""

from __future__ import annotations

from ...._model import ApiModel
from .adjuster import Adjuster
from .complex_rule_condition import ComplexRuleCondition


class ComplexRule(ApiModel):
    """`ComplexRule`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.catalog.products.complex_rules`: `all`, `create`, `get`,
    `update`.
    """

    id: int
    product_id: int | None = None
    """Required to create and update. May be null."""
    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    """At most 255 characters."""
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: Adjuster | None = None
    weight_adjuster: Adjuster | None = None
    conditions: list[ComplexRuleCondition] | None = None
