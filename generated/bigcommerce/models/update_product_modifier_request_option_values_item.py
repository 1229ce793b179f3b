# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierRequestOptionValuesItem` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_request_option_values_item_adjusters import (
    UpdateProductModifierRequestOptionValuesItemAdjusters,
    UpdateProductModifierRequestOptionValuesItemAdjustersUpdate,
)


class UpdateProductModifierRequestOptionValuesItem(ApiModel):
    """`UpdateProductModifierRequestOptionValuesItem`: an object of the v3 API. Every field but
    `id` is optional; unknown fields are kept.
    """

    id: int
    is_default: bool | None = None
    adjusters: UpdateProductModifierRequestOptionValuesItemAdjusters | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductModifierRequestOptionValuesItemUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierRequestOptionValuesItem` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`.
    """

    id: int
    is_default: bool
    adjusters: UpdateProductModifierRequestOptionValuesItemAdjustersUpdate
