# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `CreateProductVariantOptionRequest` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .create_product_variant_option_request_config import (
    CreateProductVariantOptionRequestConfig,
    CreateProductVariantOptionRequestConfigCreate,
)
from .create_product_variant_option_request_option_values_item import (
    CreateProductVariantOptionRequestOptionValuesItem,
    CreateProductVariantOptionRequestOptionValuesItemCreate,
)


class CreateProductVariantOptionRequest(ApiModel):
    """`CreateProductVariantOptionRequest`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    product_id: int | None = None
    """Required to create and update."""
    display_name: str | None = None
    """Required to create and update."""
    type: str | None = None
    """Required to create and update. One of: `'radio_buttons'`, `'rectangles'`, `'dropdown'`,
    `'product_list'`, `'product_list_with_images'`, `'swatch'`.
    """
    config: CreateProductVariantOptionRequestConfig | None = None
    sort_order: int | None = None
    option_values: list[CreateProductVariantOptionRequestOptionValuesItem] | None = None
    """Required to create and update."""
    image_url: str | None = None


@with_config(REQUEST_CONFIG)
class CreateProductVariantOptionRequestCreate(TypedDict, total=False):
    """The fields to create a `CreateProductVariantOptionRequest` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents
    require.
    """

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
    config: CreateProductVariantOptionRequestConfigCreate
    sort_order: int
    option_values: Required[list[CreateProductVariantOptionRequestOptionValuesItemCreate]]
    image_url: str
