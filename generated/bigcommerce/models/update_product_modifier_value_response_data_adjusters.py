# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierValueResponseDataAdjusters` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_value_response_data_adjust_7c655564 import (
    UpdateProductModifierValueResponseDataAdjustersPurchasingDisabled,
    UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate,
    UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate,
)
from .update_product_modifier_value_response_data_adjusters_price import (
    UpdateProductModifierValueResponseDataAdjustersPrice,
    UpdateProductModifierValueResponseDataAdjustersPriceCreate,
    UpdateProductModifierValueResponseDataAdjustersPriceUpdate,
)
from .update_product_modifier_value_response_data_adjusters_weight import (
    UpdateProductModifierValueResponseDataAdjustersWeight,
    UpdateProductModifierValueResponseDataAdjustersWeightCreate,
    UpdateProductModifierValueResponseDataAdjustersWeightUpdate,
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


@with_config(REQUEST_CONFIG)
class UpdateProductModifierValueResponseDataAdjustersCreate(TypedDict, total=False):
    """The fields to create a `UpdateProductModifierValueResponseDataAdjusters` with; unknown
    keys are refused.
    """

    price: UpdateProductModifierValueResponseDataAdjustersPriceCreate
    weight: UpdateProductModifierValueResponseDataAdjustersWeightCreate
    image_url: str
    purchasing_disabled: UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate


@with_config(REQUEST_CONFIG)
class UpdateProductModifierValueResponseDataAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierValueResponseDataAdjusters` with; unknown
    keys are refused.
    """

    price: UpdateProductModifierValueResponseDataAdjustersPriceUpdate
    weight: UpdateProductModifierValueResponseDataAdjustersWeightUpdate
    image_url: str
    purchasing_disabled: UpdateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate
