# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductComplexRuleResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .update_product_complex_rule_response_data_conditions_item import (
    UpdateProductComplexRuleResponseDataConditionsItem,
)
from .update_product_complex_rule_response_data_price_adjuster import (
    UpdateProductComplexRuleResponseDataPriceAdjuster,
)
from .update_product_complex_rule_response_data_weight_adjuster import (
    UpdateProductComplexRuleResponseDataWeightAdjuster,
)


class UpdateProductComplexRuleResponseData(ApiModel):
    """`UpdateProductComplexRuleResponseData`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    id: int
    product_id: int | None = None
    """Required to create and update."""
    sort_order: int | None = None
    enabled: bool | None = None
    stop: bool | None = None
    purchasing_disabled: bool | None = None
    purchasing_disabled_message: str | None = None
    purchasing_hidden: bool | None = None
    image_url: str | None = None
    price_adjuster: UpdateProductComplexRuleResponseDataPriceAdjuster | None = None
    weight_adjuster: UpdateProductComplexRuleResponseDataWeightAdjuster | None = None
    conditions: list[UpdateProductComplexRuleResponseDataConditionsItem] | None = None
