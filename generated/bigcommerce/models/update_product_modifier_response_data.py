# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .update_product_modifier_response_data_config import UpdateProductModifierResponseDataConfig
from .update_product_modifier_response_data_option_values_item import (
    UpdateProductModifierResponseDataOptionValuesItem,
)


class UpdateProductModifierResponseData(ApiModel):
    """`UpdateProductModifierResponseData`: an object of the v3 API. Every field but `id` is
    optional; unknown fields are kept.
    """

    type: str | None = None
    """Required to create. One of: `'date'`, `'checkbox'`, `'file'`, `'text'`,
    `'multi_line_text'`, `'numbers_only_text'`, `'radio_buttons'`, `'rectangles'`,
    `'dropdown'`, `'product_list'`, `'product_list_with_images'`, `'swatch'`.
    """
    required: bool | None = None
    """Required to create."""
    sort_order: int | None = None
    config: UpdateProductModifierResponseDataConfig | None = None
    option_values: list[UpdateProductModifierResponseDataOptionValuesItem] | None = None
    id: int
    product_id: int | None = None
    name: str | None = None
    display_name: str | None = None
