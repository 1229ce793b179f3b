# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductVariantOptionResponseData` model."""

from __future__ import annotations

from .._model import ApiModel
from .create_product_variant_option_response_data_config import (
    CreateProductVariantOptionResponseDataConfig,
)
from .create_product_variant_option_response_data_option_fc4826b3 import (
    CreateProductVariantOptionResponseDataOptionValuesItem,
)


class CreateProductVariantOptionResponseData(ApiModel):
    """`CreateProductVariantOptionResponseData`: an object of the v3 API. Every field is
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
    config: CreateProductVariantOptionResponseDataConfig | None = None
    sort_order: int | None = None
    option_values: list[CreateProductVariantOptionResponseDataOptionValuesItem] | None = None
    """Required to create and update."""
    image_url: str | None = None
    name: str | None = None
