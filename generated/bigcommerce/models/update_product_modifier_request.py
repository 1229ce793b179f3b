# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierRequest` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_request_config import (
    UpdateProductModifierRequestConfig,
    UpdateProductModifierRequestConfigUpdate,
)
from .update_product_modifier_request_option_values_item import (
    UpdateProductModifierRequestOptionValuesItem,
    UpdateProductModifierRequestOptionValuesItemUpdate,
)


class UpdateProductModifierRequest(ApiModel):
    """`UpdateProductModifierRequest`: an object of the v3 API. Every field is optional; unknown
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
    config: UpdateProductModifierRequestConfig | None = None
    option_values: list[UpdateProductModifierRequestOptionValuesItem] | None = None
    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductModifierRequestUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
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
    config: UpdateProductModifierRequestConfigUpdate
    option_values: list[UpdateProductModifierRequestOptionValuesItemUpdate]
    display_name: str
