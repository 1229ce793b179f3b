# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductComplexRuleRequest` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_complex_rule_request_conditions_item import (
    UpdateProductComplexRuleRequestConditionsItem,
    UpdateProductComplexRuleRequestConditionsItemUpdate,
)
from .update_product_complex_rule_request_price_adjuster import (
    UpdateProductComplexRuleRequestPriceAdjuster,
    UpdateProductComplexRuleRequestPriceAdjusterUpdate,
)
from .update_product_complex_rule_request_weight_adjuster import (
    UpdateProductComplexRuleRequestWeightAdjuster,
    UpdateProductComplexRuleRequestWeightAdjusterUpdate,
)


class UpdateProductComplexRuleRequest(ApiModel):
    """`UpdateProductComplexRuleRequest`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    sort_order: int | None = None
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: UpdateProductComplexRuleRequestPriceAdjuster | None = None
    weight_adjuster: UpdateProductComplexRuleRequestWeightAdjuster | None = None
    conditions: list[UpdateProductComplexRuleRequestConditionsItem] | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductComplexRuleRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductComplexRuleRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: UpdateProductComplexRuleRequestPriceAdjusterUpdate
    weight_adjuster: UpdateProductComplexRuleRequestWeightAdjusterUpdate
    conditions: list[UpdateProductComplexRuleRequestConditionsItemUpdate]
