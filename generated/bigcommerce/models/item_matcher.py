# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcher` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .item_matcher2 import ItemMatcher2, ItemMatcher2Create, ItemMatcher2Update
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


class ItemMatcher(ApiModel):
    """`ItemMatcher`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ProductOptionsItemMatcherProductOption | None = None
    product_custom_field: ProductCustomFieldMatcherProductCustomField | None = None
    not_: ItemMatcher2 | None = Field(default=None, alias="not")
    and_: list[ItemMatcher2] | None = Field(default=None, alias="and")
    or_: list[ItemMatcher2] | None = Field(default=None, alias="or")


ItemMatcherCreate = TypedDict(
    "ItemMatcherCreate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ProductOptionsItemMatcherProductOptionCreate,
        "product_custom_field": ProductCustomFieldMatcherProductCustomFieldCreate,
        "not": ItemMatcher2Create,
        "and": list[ItemMatcher2Create],
        "or": list[ItemMatcher2Create],
    },
    total=False,
)
"""The fields to create a `ItemMatcher` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherCreate)


ItemMatcherUpdate = TypedDict(
    "ItemMatcherUpdate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ProductOptionsItemMatcherProductOptionUpdate,
        "product_custom_field": ProductCustomFieldMatcherProductCustomFieldUpdate,
        "not": ItemMatcher2Update,
        "and": list[ItemMatcher2Update],
        "or": list[ItemMatcher2Update],
    },
    total=False,
)
"""The fields to update a `ItemMatcher` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherUpdate)
