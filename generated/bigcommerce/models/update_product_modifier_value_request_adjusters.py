# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierValueRequestAdjusters` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_value_request_adjusters_price import (
    UpdateProductModifierValueRequestAdjustersPrice,
    UpdateProductModifierValueRequestAdjustersPriceUpdate,
)
from .update_product_modifier_value_request_adjusters_pu_012d8aa5 import (
    UpdateProductModifierValueRequestAdjustersPurchasingDisabled,
    UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate,
)
from .update_product_modifier_value_request_adjusters_weight import (
    UpdateProductModifierValueRequestAdjustersWeight,
    UpdateProductModifierValueRequestAdjustersWeightUpdate,
)


class UpdateProductModifierValueRequestAdjusters(ApiModel):
    """`UpdateProductModifierValueRequestAdjusters`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price: UpdateProductModifierValueRequestAdjustersPrice | None = None
    weight: UpdateProductModifierValueRequestAdjustersWeight | None = None
    image_url: str | None = None
    purchasing_disabled: UpdateProductModifierValueRequestAdjustersPurchasingDisabled | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductModifierValueRequestAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierValueRequestAdjusters` with; unknown keys are
    sent as given, with an `UnknownArgumentWarning`.
    """

    price: UpdateProductModifierValueRequestAdjustersPriceUpdate
    weight: UpdateProductModifierValueRequestAdjustersWeightUpdate
    image_url: str
    purchasing_disabled: UpdateProductModifierValueRequestAdjustersPurchasingDisabledUpdate
