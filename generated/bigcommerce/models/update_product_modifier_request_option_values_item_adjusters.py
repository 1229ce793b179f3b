# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierRequestOptionValuesItemAdjusters` model and the bodies of its update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_request_option_values_item_e3ad5adb import (
    UpdateProductModifierRequestOptionValuesItemAdjustersPrice,
    UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate,
)


class UpdateProductModifierRequestOptionValuesItemAdjusters(ApiModel):
    """`UpdateProductModifierRequestOptionValuesItemAdjusters`: an object of the v3 API. Every
    field is optional; unknown fields are kept.
    """

    price: UpdateProductModifierRequestOptionValuesItemAdjustersPrice | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductModifierRequestOptionValuesItemAdjustersUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierRequestOptionValuesItemAdjusters` with;
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    price: UpdateProductModifierRequestOptionValuesItemAdjustersPriceUpdate
