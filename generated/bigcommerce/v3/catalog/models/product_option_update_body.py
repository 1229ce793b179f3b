# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductOptionUpdateBody` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_option_create_config import ProductOptionCreateConfig, ProductOptionCreateConfigUpdate
from .product_option_create_option_value import (
    ProductOptionCreateOptionValue,
    ProductOptionCreateOptionValueUpdate,
)


class V3ProductOptionUpdateBody(ApiModel):
    """`V3ProductOptionUpdateBody`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
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
    config: ProductOptionCreateConfig | None = None
    sort_order: int | None = None
    option_values: list[ProductOptionCreateOptionValue] | None = None
    """Required to create and update."""
    image_url: str | None = None


@with_config(REQUEST_CONFIG)
class ProductOptionUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    id: int | None
    product_id: Required[int]
    display_name: Required[str]
    """From 1 to 255 characters."""
    type: Required[
        Literal[
            "radio_buttons",
            "rectangles",
            "dropdown",
            "product_list",
            "product_list_with_images",
            "swatch",
        ]
    ]
    config: ProductOptionCreateConfigUpdate
    sort_order: int
    option_values: Required[list[ProductOptionCreateOptionValueUpdate]]
    image_url: str
