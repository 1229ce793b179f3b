# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcher2` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_matcher3 import ItemMatcher3, ItemMatcher3Create, ItemMatcher3Update
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


class ItemMatcher2(ApiModel):
    """`ItemMatcher2`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ProductOptionsItemMatcherProductOption | None = None
    product_custom_field: ProductCustomFieldMatcherProductCustomField | None = None
    not_: ItemMatcher3 | None = Field(default=None, alias="not")
    and_: list[ItemMatcher3] | None = Field(default=None, alias="and")
    or_: list[ItemMatcher3] | None = Field(default=None, alias="or")


ItemMatcher2Create = TypedDict(
    "ItemMatcher2Create",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ProductOptionsItemMatcherProductOptionCreate,
        "product_custom_field": ProductCustomFieldMatcherProductCustomFieldCreate,
        "not": ItemMatcher3Create,
        "and": list[ItemMatcher3Create],
        "or": list[ItemMatcher3Create],
    },
    total=False,
)
"""The fields to create a `ItemMatcher2` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcher2Create)


ItemMatcher2Update = TypedDict(
    "ItemMatcher2Update",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ProductOptionsItemMatcherProductOptionUpdate,
        "product_custom_field": ProductCustomFieldMatcherProductCustomFieldUpdate,
        "not": ItemMatcher3Update,
        "and": list[ItemMatcher3Update],
        "or": list[ItemMatcher3Update],
    },
    total=False,
)
"""The fields to update a `ItemMatcher2` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcher2Update)
