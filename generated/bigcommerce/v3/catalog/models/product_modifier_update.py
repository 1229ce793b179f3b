# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `V3ProductModifierUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .product_modifier_update_option_value import (
    ProductModifierUpdateOptionValue,
    ProductModifierUpdateOptionValueUpdate,
)
from .product_option_config import ProductOptionConfig, ProductOptionConfigUpdate


class V3ProductModifierUpdate(ApiModel):
    """`V3ProductModifierUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    type: str | None = None
    """Required to create and update. One of: `'date'`, `'checkbox'`, `'file'`, `'text'`,
    `'multi_line_text'`, `'numbers_only_text'`, `'radio_buttons'`, `'rectangles'`,
    `'dropdown'`, `'product_list'`, `'product_list_with_images'`, `'swatch'`.
    """
    required: bool | None = None
    """Required to create and update."""
    sort_order: int | None = None
    config: ProductOptionConfig | None = None
    option_values: list[ProductModifierUpdateOptionValue] | None = None
    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class ProductModifierUpdate(TypedDict, total=False):
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
    config: ProductOptionConfigUpdate
    option_values: list[ProductModifierUpdateOptionValueUpdate]
    display_name: str
