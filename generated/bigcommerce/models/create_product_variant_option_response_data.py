# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductVariantOptionResponseData` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_product_variant_option_response_data_config import (
    CreateProductVariantOptionResponseDataConfig,
    CreateProductVariantOptionResponseDataConfigCreate,
    CreateProductVariantOptionResponseDataConfigUpdate,
)
from .create_product_variant_option_response_data_option_fc4826b3 import (
    CreateProductVariantOptionResponseDataOptionValuesItem,
    CreateProductVariantOptionResponseDataOptionValuesItemCreate,
    CreateProductVariantOptionResponseDataOptionValuesItemUpdate,
)


class CreateProductVariantOptionResponseData(ApiModel):
    """`CreateProductVariantOptionResponseData`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    id: int | None = None
    product_id: int | None = None
    display_name: str | None = None
    type: str | None = None
    config: CreateProductVariantOptionResponseDataConfig | None = None
    sort_order: int | None = None
    option_values: list[CreateProductVariantOptionResponseDataOptionValuesItem] | None = None
    image_url: str | None = None
    name: str | None = None


@with_config(REQUEST_CONFIG)
class CreateProductVariantOptionResponseDataCreate(TypedDict, total=False):
    """The fields to create a `CreateProductVariantOptionResponseData` with; unknown keys are
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
    config: CreateProductVariantOptionResponseDataConfigCreate
    sort_order: int
    option_values: Required[list[CreateProductVariantOptionResponseDataOptionValuesItemCreate]]
    image_url: str
    name: str


@with_config(REQUEST_CONFIG)
class CreateProductVariantOptionResponseDataUpdate(TypedDict, total=False):
    """The fields to update a `CreateProductVariantOptionResponseData` with; unknown keys are
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
    config: CreateProductVariantOptionResponseDataConfigUpdate
    sort_order: int
    option_values: Required[list[CreateProductVariantOptionResponseDataOptionValuesItemUpdate]]
    image_url: str
    name: str
