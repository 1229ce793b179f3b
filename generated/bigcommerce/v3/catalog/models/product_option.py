# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductOption` model."""

from __future__ import annotations

from ...._model import ApiModel
from .option_value import OptionValue
from .product_option_config import ProductOptionConfig


class ProductOption(ApiModel):
    """`ProductOption`: an object of the v3 API. Every field is optional; unknown fields are
    kept. Answered by `api.catalog.products.options`: `all`, `create`, `get`, `update`.
    """

    id: int | None = None
    """May be null."""
    product_id: int | None = None
    """Required to create and update."""
    display_name: str | None = None
    """Required to create and update. From 1 to 255 characters."""
    type: str | None = None
    """Required to create and update. One of: `'radio_buttons'`, `'rectangles'`, `'dropdown'`,
    `'product_list'`, `'product_list_with_images'`, `'swatch'`.
    """
    config: ProductOptionConfig | None = None
    sort_order: int | None = None
    option_values: list[OptionValue] | None = None
    image_url: str | None = None
    name: str | None = None
