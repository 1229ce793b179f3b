# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductOptionFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_option_config_full import (
    ProductOptionConfigFull,
    ProductOptionConfigFullCreate,
    ProductOptionConfigFullUpdate,
)
from .product_option_option_value_full import (
    ProductOptionOptionValueFull,
    ProductOptionOptionValueFullCreate,
    ProductOptionOptionValueFullUpdate,
)


class ProductOptionFull(ApiModel):
    """`ProductOptionFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    product_id: int | None = None
    display_name: str | None = None
    type: str | None = None
    config: ProductOptionConfigFull | None = None
    sort_order: int | None = None
    option_values: list[ProductOptionOptionValueFull] | None = None
    name: str | None = None


@with_config(REQUEST_CONFIG)
class ProductOptionFullCreate(TypedDict, total=False):
    """The fields to create a `ProductOptionFull` with; unknown keys are refused. Keys marked
    `Required` must be given.
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
    config: ProductOptionConfigFullCreate
    sort_order: int
    option_values: list[ProductOptionOptionValueFullCreate]
    name: str


@with_config(REQUEST_CONFIG)
class ProductOptionFullUpdate(TypedDict, total=False):
    """The fields to update a `ProductOptionFull` with; unknown keys are refused. Keys marked
    `Required` must be given.
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
    config: ProductOptionConfigFullUpdate
    sort_order: int
    option_values: list[ProductOptionOptionValueFullUpdate]
    name: str
