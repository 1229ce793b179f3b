# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductVariantOptionResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .update_product_variant_option_response_data_config import (
    UpdateProductVariantOptionResponseDataConfig,
)
from .update_product_variant_option_response_data_option_a0691050 import (
    UpdateProductVariantOptionResponseDataOptionValuesItem,
)


class UpdateProductVariantOptionResponseData(ApiModel):
    """`UpdateProductVariantOptionResponseData`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    id: int | None = None
    """May be null."""
    product_id: int | None = None
    """Required to create and update."""
    display_name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. One of: `'radio_buttons'`, `'rectangles'`, `'dropdown'`,
    `'product_list'`, `'product_list_with_images'`, `'swatch'`.
    """
    config: UpdateProductVariantOptionResponseDataConfig | None = None
    sort_order: int | None = None
    option_values: list[UpdateProductVariantOptionResponseDataOptionValuesItem] | None = None
    """Required to create and update."""
    image_url: str | None = None
    name: str | None = None
