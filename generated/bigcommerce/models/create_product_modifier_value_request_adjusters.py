# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductModifierValueRequestAdjusters` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_product_modifier_value_request_adjusters_price import (
    CreateProductModifierValueRequestAdjustersPrice,
    CreateProductModifierValueRequestAdjustersPriceCreate,
)
from .create_product_modifier_value_request_adjusters_pu_297e7a9c import (
    CreateProductModifierValueRequestAdjustersPurchasingDisabled,
    CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate,
)
from .create_product_modifier_value_request_adjusters_weight import (
    CreateProductModifierValueRequestAdjustersWeight,
    CreateProductModifierValueRequestAdjustersWeightCreate,
)


class CreateProductModifierValueRequestAdjusters(ApiModel):
    """`CreateProductModifierValueRequestAdjusters`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price: CreateProductModifierValueRequestAdjustersPrice | None = None
    weight: CreateProductModifierValueRequestAdjustersWeight | None = None
    image_url: str | None = None
    purchasing_disabled: CreateProductModifierValueRequestAdjustersPurchasingDisabled | None = None


@with_config(REQUEST_CONFIG)
class CreateProductModifierValueRequestAdjustersCreate(TypedDict, total=False):
    """The fields to create a `CreateProductModifierValueRequestAdjusters` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    price: CreateProductModifierValueRequestAdjustersPriceCreate
    weight: CreateProductModifierValueRequestAdjustersWeightCreate
    image_url: str
    purchasing_disabled: CreateProductModifierValueRequestAdjustersPurchasingDisabledCreate
