# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductsCatalogV3ProductModifierFull` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_modifier_option_value_full import (
    ProductModifierOptionValueFull,
    ProductModifierOptionValueFullCreate,
    ProductModifierOptionValueFullUpdate,
)
from .products_catalog_v3_config_full import (
    ProductsCatalogV3ConfigFull,
    ProductsCatalogV3ConfigFullCreate,
    ProductsCatalogV3ConfigFullUpdate,
)


class ProductsCatalogV3ProductModifierFull(ApiModel):
    """`ProductsCatalogV3ProductModifierFull`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    required: bool | None = None
    sort_order: int | None = None
    config: ProductsCatalogV3ConfigFull | None = None
    display_name: str | None = None
    id: int | None = None
    product_id: int | None = None
    name: str | None = None
    option_values: list[ProductModifierOptionValueFull] | None = None


@with_config(REQUEST_CONFIG)
class ProductsCatalogV3ProductModifierFullCreate(TypedDict, total=False):
    """The fields to create a `ProductsCatalogV3ProductModifierFull` with; unknown keys are
    refused. Keys marked `Required` must be given.
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
    config: ProductsCatalogV3ConfigFullCreate
    display_name: str
    id: int
    product_id: int
    name: str
    option_values: list[ProductModifierOptionValueFullCreate]


@with_config(REQUEST_CONFIG)
class ProductsCatalogV3ProductModifierFullUpdate(TypedDict, total=False):
    """The fields to update a `ProductsCatalogV3ProductModifierFull` with; unknown keys are
    refused.
    """

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
    config: ProductsCatalogV3ConfigFullUpdate
    display_name: str
    id: int
    product_id: int
    name: str
    option_values: list[ProductModifierOptionValueFullUpdate]
