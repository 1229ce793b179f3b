# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierResponseDataOptionValuesItemAdjusters` model and the bodies of its
create and update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_response_data_option_value_b7391a08 import (
    UpdateProductModifierResponseDataOptionValuesItemAdjustersWeight,
    UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightCreate,
    UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightUpdate,
)
from .update_product_modifier_response_data_option_value_b346678b import (
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPrice,
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceCreate,
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceUpdate,
)
from .update_product_modifier_response_data_option_value_c0038938 import (
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabled,
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledCreate,
    UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledUpdate,
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


@with_config(REQUEST_CONFIG)
class UpdateProductModifierResponseDataOptionValuesItemAdjustersCreate(TypedDict, total=False):
    """The fields to create a `UpdateProductModifierResponseDataOptionValuesItemAdjusters` with;
    unknown keys are refused.
    """

    price: UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceCreate
    weight: UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightCreate
    image_url: str
    purchasing_disabled: (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledCreate
    )


@with_config(REQUEST_CONFIG)
class UpdateProductModifierResponseDataOptionValuesItemAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierResponseDataOptionValuesItemAdjusters` with;
    unknown keys are refused.
    """

    price: UpdateProductModifierResponseDataOptionValuesItemAdjustersPriceUpdate
    weight: UpdateProductModifierResponseDataOptionValuesItemAdjustersWeightUpdate
    image_url: str
    purchasing_disabled: (
        UpdateProductModifierResponseDataOptionValuesItemAdjustersPurchasingDisabledUpdate
    )
