# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcher3` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_custom_field_matcher_product_custom_field import (
    ProductCustomFieldMatcherProductCustomField,
    ProductCustomFieldMatcherProductCustomFieldCreate,
    ProductCustomFieldMatcherProductCustomFieldUpdate,
)
from .product_options_item_matcher_product_option import (
    ProductOptionsItemMatcherProductOption,
    ProductOptionsItemMatcherProductOptionCreate,
    ProductOptionsItemMatcherProductOptionUpdate,
)
from .simple_item_matcher import SimpleItemMatcher, SimpleItemMatcherCreate, SimpleItemMatcherUpdate


class ItemMatcher3(ApiModel):
    """`ItemMatcher3`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ProductOptionsItemMatcherProductOption | None = None
    product_custom_field: ProductCustomFieldMatcherProductCustomField | None = None
    not_: SimpleItemMatcher | None = Field(default=None, alias="not")
    and_: list[SimpleItemMatcher] | None = Field(default=None, alias="and")
    or_: list[SimpleItemMatcher] | None = Field(default=None, alias="or")


ItemMatcher3Create = TypedDict(
    "ItemMatcher3Create",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ProductOptionsItemMatcherProductOptionCreate,
        "product_custom_field": ProductCustomFieldMatcherProductCustomFieldCreate,
        "not": SimpleItemMatcherCreate,
        "and": list[SimpleItemMatcherCreate],
        "or": list[SimpleItemMatcherCreate],
    },
    total=False,
)
"""The fields to create a `ItemMatcher3` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcher3Create)


ItemMatcher3Update = TypedDict(
    "ItemMatcher3Update",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ProductOptionsItemMatcherProductOptionUpdate,
        "product_custom_field": ProductCustomFieldMatcherProductCustomFieldUpdate,
        "not": SimpleItemMatcherUpdate,
        "and": list[SimpleItemMatcherUpdate],
        "or": list[SimpleItemMatcherUpdate],
    },
    total=False,
)
"""The fields to update a `ItemMatcher3` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcher3Update)
