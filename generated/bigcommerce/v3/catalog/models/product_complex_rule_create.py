# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductComplexRuleCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_complex_rule_create_condition import (
    ProductComplexRuleCreateCondition,
    ProductComplexRuleCreateConditionCreate,
)
from .product_complex_rule_create_price_adjuster import (
    ProductComplexRuleCreatePriceAdjuster,
    ProductComplexRuleCreatePriceAdjusterCreate,
)


class ProductComplexRuleCreateModel(ApiModel):
    """`ProductComplexRuleCreateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    sort_order: int | None = None
    """From -2147483648 to 2147483647."""
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    """At most 255 characters."""
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: ProductComplexRuleCreatePriceAdjuster | None = None
    weight_adjuster: ProductComplexRuleCreatePriceAdjuster | None = None
    conditions: list[ProductComplexRuleCreateCondition] | None = None


@with_config(REQUEST_CONFIG)
class ProductComplexRuleCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    sort_order: int
    """From -2147483648 to 2147483647."""
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    """At most 255 characters."""
    purchasing_hidden: bool
    image_url: str
    price_adjuster: ProductComplexRuleCreatePriceAdjusterCreate
    weight_adjuster: ProductComplexRuleCreatePriceAdjusterCreate
    conditions: list[ProductComplexRuleCreateConditionCreate]
