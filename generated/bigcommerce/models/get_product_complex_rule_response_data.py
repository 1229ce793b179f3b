# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `GetProductComplexRuleResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .get_product_complex_rule_response_data_conditions_item import (
    GetProductComplexRuleResponseDataConditionsItem,
    GetProductComplexRuleResponseDataConditionsItemCreate,
    GetProductComplexRuleResponseDataConditionsItemUpdate,
)
from .get_product_complex_rule_response_data_price_adjuster import (
    GetProductComplexRuleResponseDataPriceAdjuster,
    GetProductComplexRuleResponseDataPriceAdjusterCreate,
    GetProductComplexRuleResponseDataPriceAdjusterUpdate,
)
from .get_product_complex_rule_response_data_weight_adjuster import (
    GetProductComplexRuleResponseDataWeightAdjuster,
    GetProductComplexRuleResponseDataWeightAdjusterCreate,
    GetProductComplexRuleResponseDataWeightAdjusterUpdate,
)


class GetProductComplexRuleResponseData(ApiModel):
    """`GetProductComplexRuleResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    id: int | None = None
    product_id: int | None = None
    sort_order: int | None = None
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: GetProductComplexRuleResponseDataPriceAdjuster | None = None
    weight_adjuster: GetProductComplexRuleResponseDataWeightAdjuster | None = None
    conditions: list[GetProductComplexRuleResponseDataConditionsItem] | None = None


@with_config(REQUEST_CONFIG)
class GetProductComplexRuleResponseDataCreate(TypedDict, total=False):
    """The fields to create a `GetProductComplexRuleResponseData` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    id: int
    product_id: Required[int]
    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: GetProductComplexRuleResponseDataPriceAdjusterCreate
    weight_adjuster: GetProductComplexRuleResponseDataWeightAdjusterCreate
    conditions: list[GetProductComplexRuleResponseDataConditionsItemCreate]


@with_config(REQUEST_CONFIG)
class GetProductComplexRuleResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `GetProductComplexRuleResponseData` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    id: int
    product_id: Required[int]
    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: GetProductComplexRuleResponseDataPriceAdjusterUpdate
    weight_adjuster: GetProductComplexRuleResponseDataWeightAdjusterUpdate
    conditions: list[GetProductComplexRuleResponseDataConditionsItemUpdate]
