# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductModifier` model."""

from __future__ import annotations

from ...._model import ApiModel
from .product_modifier_option_value import ProductModifierOptionValue
from .product_option_config import ProductOptionConfig


class ProductModifier(ApiModel):
    """`ProductModifier`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.catalog.products.modifiers`: `all`, `create`, `get`,
    `update`.
    """

    type: str | None = None
    """Required to create. One of: `'date'`, `'checkbox'`, `'file'`, `'text'`,
    `'multi_line_text'`, `'numbers_only_text'`, `'radio_buttons'`, `'rectangles'`,
    `'dropdown'`, `'product_list'`, `'product_list_with_images'`, `'swatch'`.
    """
    required: bool | None = None
    """Required to create."""
    sort_order: int | None = None
    config: ProductOptionConfig | None = None
    display_name: str | None = None
    id: int
    product_id: int | None = None
    name: str | None = None
    option_values: list[ProductModifierOptionValue] | None = None
