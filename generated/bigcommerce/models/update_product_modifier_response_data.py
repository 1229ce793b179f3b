# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductModifierResponseData` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_modifier_response_data_config import (
    UpdateProductModifierResponseDataConfig,
    UpdateProductModifierResponseDataConfigCreate,
    UpdateProductModifierResponseDataConfigUpdate,
)
from .update_product_modifier_response_data_option_values_item import (
    UpdateProductModifierResponseDataOptionValuesItem,
    UpdateProductModifierResponseDataOptionValuesItemCreate,
    UpdateProductModifierResponseDataOptionValuesItemUpdate,
)


class UpdateProductModifierResponseData(ApiModel):
    """`UpdateProductModifierResponseData`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    required: bool | None = None
    sort_order: int | None = None
    config: UpdateProductModifierResponseDataConfig | None = None
    option_values: list[UpdateProductModifierResponseDataOptionValuesItem] | None = None
    id: int | None = None
    product_id: int | None = None
    name: str | None = None
    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductModifierResponseDataCreate(TypedDict, total=False):
    """The fields to create a `UpdateProductModifierResponseData` with; unknown keys are refused.
    Keys marked `Required` must be given.
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
    config: UpdateProductModifierResponseDataConfigCreate
    option_values: list[UpdateProductModifierResponseDataOptionValuesItemCreate]
    id: int
    product_id: int
    name: str
    display_name: str


@with_config(REQUEST_CONFIG)
class UpdateProductModifierResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductModifierResponseData` with; unknown keys are refused."""

    type: Literal[
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
    required: bool
    sort_order: int
    config: UpdateProductModifierResponseDataConfigUpdate
    option_values: list[UpdateProductModifierResponseDataOptionValuesItemUpdate]
    id: int
    product_id: int
    name: str
    display_name: str
