# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductOptionData` model."""

from __future__ import annotations

from .._model import ApiModel
from .product_option_data_config import ProductOptionDataConfig
from .product_option_option_value import ProductOptionOptionValue


class ProductOptionData(ApiModel):
    """`ProductOptionData`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    product_id: int | None = None
    display_name: str | None = None
    type: str | None = None
    config: ProductOptionDataConfig | None = None
    sort_order: int | None = None
    option_values: list[ProductOptionOptionValue] | None = None
    image_url: str | None = None
    name: str | None = None
