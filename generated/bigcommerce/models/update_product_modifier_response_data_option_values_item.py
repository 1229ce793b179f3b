# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierResponseDataOptionValuesItem` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel
from .update_product_modifier_response_data_option_value_8357eb2b import (
    UpdateProductModifierResponseDataOptionValuesItemAdjusters,
)


class UpdateProductModifierResponseDataOptionValuesItem(ApiModel):
    """`UpdateProductModifierResponseDataOptionValuesItem`: an object of the v3 API. Every field
    but `id` is optional; unknown fields are kept.
    """

    is_default: bool | None = None
    label: str | None = None
    """Required to create and update."""
    sort_order: int | None = None
    """Required to create and update."""
    value_data: dict[str, Any] | None = None
    adjusters: UpdateProductModifierResponseDataOptionValuesItemAdjusters | None = None
    id: int
