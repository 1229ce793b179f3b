# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductModifierValueResponseDataAdjusters` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_product_modifier_value_response_data_adjust_fa98df88 import (
    CreateProductModifierValueResponseDataAdjustersPurchasingDisabled,
    CreateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate,
    CreateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate,
)
from .create_product_modifier_value_response_data_adjusters_price import (
    CreateProductModifierValueResponseDataAdjustersPrice,
    CreateProductModifierValueResponseDataAdjustersPriceCreate,
    CreateProductModifierValueResponseDataAdjustersPriceUpdate,
)
from .create_product_modifier_value_response_data_adjusters_weight import (
    CreateProductModifierValueResponseDataAdjustersWeight,
    CreateProductModifierValueResponseDataAdjustersWeightCreate,
    CreateProductModifierValueResponseDataAdjustersWeightUpdate,
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


@with_config(REQUEST_CONFIG)
class CreateProductModifierValueResponseDataAdjustersCreate(TypedDict, total=False):
    """The fields to create a `CreateProductModifierValueResponseDataAdjusters` with; unknown
    keys are refused.
    """

    price: CreateProductModifierValueResponseDataAdjustersPriceCreate
    weight: CreateProductModifierValueResponseDataAdjustersWeightCreate
    image_url: str
    purchasing_disabled: CreateProductModifierValueResponseDataAdjustersPurchasingDisabledCreate


@with_config(REQUEST_CONFIG)
class CreateProductModifierValueResponseDataAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `CreateProductModifierValueResponseDataAdjusters` with; unknown
    keys are refused.
    """

    price: CreateProductModifierValueResponseDataAdjustersPriceUpdate
    weight: CreateProductModifierValueResponseDataAdjustersWeightUpdate
    image_url: str
    purchasing_disabled: CreateProductModifierValueResponseDataAdjustersPurchasingDisabledUpdate
