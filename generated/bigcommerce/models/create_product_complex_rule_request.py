# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductComplexRuleRequest` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .conditions_request_item import ConditionsRequestItem, ConditionsRequestItemCreate
from .create_product_complex_rule_request_price_adjuster import (
    CreateProductComplexRuleRequestPriceAdjuster,
    CreateProductComplexRuleRequestPriceAdjusterCreate,
)
from .create_product_complex_rule_request_weight_adjuster import (
    CreateProductComplexRuleRequestWeightAdjuster,
    CreateProductComplexRuleRequestWeightAdjusterCreate,
)


class CreateProductComplexRuleRequest(ApiModel):
    """`CreateProductComplexRuleRequest`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    sort_order: int | None = None
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: CreateProductComplexRuleRequestPriceAdjuster | None = None
    weight_adjuster: CreateProductComplexRuleRequestWeightAdjuster | None = None
    conditions: list[ConditionsRequestItem] | None = None


@with_config(REQUEST_CONFIG)
class CreateProductComplexRuleRequestCreate(TypedDict, total=False):
    """The fields to create a `CreateProductComplexRuleRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: CreateProductComplexRuleRequestPriceAdjusterCreate
    weight_adjuster: CreateProductComplexRuleRequestWeightAdjusterCreate
    conditions: list[ConditionsRequestItemCreate]
