# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductComplexRuleResponseData` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_product_complex_rule_response_data_conditions_item import (
    CreateProductComplexRuleResponseDataConditionsItem,
    CreateProductComplexRuleResponseDataConditionsItemCreate,
    CreateProductComplexRuleResponseDataConditionsItemUpdate,
)
from .create_product_complex_rule_response_data_price_adjuster import (
    CreateProductComplexRuleResponseDataPriceAdjuster,
    CreateProductComplexRuleResponseDataPriceAdjusterCreate,
    CreateProductComplexRuleResponseDataPriceAdjusterUpdate,
)
from .create_product_complex_rule_response_data_weight_adjuster import (
    CreateProductComplexRuleResponseDataWeightAdjuster,
    CreateProductComplexRuleResponseDataWeightAdjusterCreate,
    CreateProductComplexRuleResponseDataWeightAdjusterUpdate,
)


class CreateProductComplexRuleResponseData(ApiModel):
    """`CreateProductComplexRuleResponseData`: an object of the v3 API. Every field is optional;
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
    price_adjuster: CreateProductComplexRuleResponseDataPriceAdjuster | None = None
    weight_adjuster: CreateProductComplexRuleResponseDataWeightAdjuster | None = None
    conditions: list[CreateProductComplexRuleResponseDataConditionsItem] | None = None


@with_config(REQUEST_CONFIG)
class CreateProductComplexRuleResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreateProductComplexRuleResponseData` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    id: int
    product_id: Required[int | None]
    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: CreateProductComplexRuleResponseDataPriceAdjusterCreate
    weight_adjuster: CreateProductComplexRuleResponseDataWeightAdjusterCreate
    conditions: list[CreateProductComplexRuleResponseDataConditionsItemCreate]


@with_config(REQUEST_CONFIG)
class CreateProductComplexRuleResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreateProductComplexRuleResponseData` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    id: int
    product_id: Required[int | None]
    sort_order: int
    enabled: bool
    stop: bool
    purchasing_disabled: bool
    purchasing_disabled_message: str
    purchasing_hidden: bool
    image_url: str
    price_adjuster: CreateProductComplexRuleResponseDataPriceAdjusterUpdate
    weight_adjuster: CreateProductComplexRuleResponseDataWeightAdjusterUpdate
    conditions: list[CreateProductComplexRuleResponseDataConditionsItemUpdate]
