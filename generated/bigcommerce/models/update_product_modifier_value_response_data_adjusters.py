# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierValueResponseDataAdjusters` model."""

from __future__ import annotations

from .._model import ApiModel
from .update_product_modifier_value_response_data_adjust_7c655564 import (
    UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled,
)
from .update_product_modifier_value_response_data_adjusters_price import (
    UpdateProductModifierValueResponseDataAdjustersPrice,
)
from .update_product_modifier_value_response_data_adjusters_weight import (
    UpdateProductModifierValueResponseDataAdjustersWeight,
)


class UpdateProductModifierValueResponseDataAdjusters(ApiModel):
    """`UpdateProductModifierValueResponseDataAdjusters`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price: UpdateProductModifierValueResponseDataAdjustersPrice | None = None
    weight: UpdateProductModifierValueResponseDataAdjustersWeight | None = None
    image_url: str | None = None
    purchasing_disabled: (
        UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled | None
    ) = None
