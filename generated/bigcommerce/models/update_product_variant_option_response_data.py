# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `UpdateProductVariantOptionResponseData` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .update_product_variant_option_response_data_config import (
    UpdateProductVariantOptionResponseDataConfig,
    UpdateProductVariantOptionResponseDataConfigCreate,
    UpdateProductVariantOptionResponseDataConfigUpdate,
)
from .update_product_variant_option_response_data_option_a0691050 import (
    UpdateProductVariantOptionResponseDataOptionValuesItem,
    UpdateProductVariantOptionResponseDataOptionValuesItemCreate,
    UpdateProductVariantOptionResponseDataOptionValuesItemUpdate,
)


class UpdateProductVariantOptionResponseData(ApiModel):
    """`UpdateProductVariantOptionResponseData`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    id: int | None = None
    product_id: int | None = None
    display_name: str | None = None
    type: str | None = None
    config: UpdateProductVariantOptionResponseDataConfig | None = None
    sort_order: int | None = None
    option_values: list[UpdateProductVariantOptionResponseDataOptionValuesItem] | None = None
    image_url: str | None = None
    name: str | None = None


@with_config(REQUEST_CONFIG)
class UpdateProductVariantOptionResponseDataCreate(TypedDict, total=False):
    """The fields to create a `UpdateProductVariantOptionResponseData` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    id: int | None
    product_id: Required[int]
    display_name: Required[str]
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
    config: UpdateProductVariantOptionResponseDataConfigCreate
    sort_order: int
    option_values: Required[list[UpdateProductVariantOptionResponseDataOptionValuesItemCreate]]
    image_url: str
    name: str


@with_config(REQUEST_CONFIG)
class UpdateProductVariantOptionResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `UpdateProductVariantOptionResponseData` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    id: int | None
    product_id: Required[int]
    display_name: Required[str]
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
    config: UpdateProductVariantOptionResponseDataConfigUpdate
    sort_order: int
    option_values: Required[list[UpdateProductVariantOptionResponseDataOptionValuesItemUpdate]]
    image_url: str
    name: str
