# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierResponseDataOptionValuesItemAdjusters` model."""

from __future__ import annotations

from .._model import ApiModel
from .update_product_modifier_response_data_option_value_b7391a08 import (
    UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight,
)
from .update_product_modifier_response_data_option_value_b346678b import (
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice,
)
from .update_product_modifier_response_data_option_value_c0038938 import (
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled,
)


class UpdateProductModifierResponseDataOptionValuesItemAdjusters(ApiModel):
    """`UpdateProductModifierResponseDataOptionValuesItemAdjusters`: an object of the v3 API.
    Every field is optional; unknown fields are kept.
    """

    price: UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice | None = None
    weight: UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight | None = None
    image_url: str | None = None
    purchasing_disabled: (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled | None
    ) = None
