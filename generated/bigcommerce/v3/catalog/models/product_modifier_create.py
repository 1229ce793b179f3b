# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductModifierCreate` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_modifier_create_option_value import (
    ProductModifierCreateOptionValue,
    ProductModifierCreateOptionValueCreate,
)
from .product_option_config import ProductOptionConfig, ProductOptionConfigCreate


class V3ProductModifierCreate(ApiModel):
    """`V3ProductModifierCreate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
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
    option_values: list[ProductModifierCreateOptionValue] | None = None
    display_name: str | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class ProductModifierCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    type: Required[
        Literal[
            "date",
            "checkbox",
            "file",
            "text",
            "multi_line_text",
            "numbers_only_text",
            "radio_buttons",
            "rectangles",
            "dropdown",
            "product_list",
            "product_list_with_images",
            "swatch",
        ]
    ]
    required: Required[bool]
    sort_order: int
    config: ProductOptionConfigCreate
    option_values: list[ProductModifierCreateOptionValueCreate]
    display_name: Required[str]
