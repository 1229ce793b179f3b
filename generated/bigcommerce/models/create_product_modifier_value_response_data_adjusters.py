# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductModifierValueResponseDataAdjusters` model."""

from __future__ import annotations

from .._model import ApiModel
from .create_product_modifier_value_response_data_adjust_fa98df88 import (
    CreateProductModifierValueResponseDataAdjustersPurchasingDisabled,
)
from .create_product_modifier_value_response_data_adjusters_price import (
    CreateProductModifierValueResponseDataAdjustersPrice,
)
from .create_product_modifier_value_response_data_adjusters_weight import (
    CreateProductModifierValueResponseDataAdjustersWeight,
)


class CreateProductModifierValueResponseDataAdjusters(ApiModel):
    """`CreateProductModifierValueResponseDataAdjusters`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price: CreateProductModifierValueResponseDataAdjustersPrice | None = None
    weight: CreateProductModifierValueResponseDataAdjustersWeight | None = None
    image_url: str | None = None
    purchasing_disabled: (
        CreateProductModifierValueResponseDataAdjustersPurchasingDisabled | None
    ) = None
