# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcher` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .item_matcher_and import ItemMatcherAnd, ItemMatcherAndCreate, ItemMatcherAndUpdate
from .item_matcher_product_custom_field import (
    ItemMatcherProductCustomField,
    ItemMatcherProductCustomFieldCreate,
    ItemMatcherProductCustomFieldUpdate,
)
from .item_matcher_product_option import (
    ItemMatcherProductOption,
    ItemMatcherProductOptionCreate,
    ItemMatcherProductOptionUpdate,
)


class ItemMatcher(ApiModel):
    """`ItemMatcher`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ItemMatcherProductOption | None = None
    product_custom_field: ItemMatcherProductCustomField | None = None
    not_: ItemMatcherAnd | None = Field(default=None, alias="not")
    and_: list[ItemMatcherAnd] | None = Field(default=None, alias="and")
    or_: list[ItemMatcherAnd] | None = Field(default=None, alias="or")


ItemMatcherCreate = TypedDict(
    "ItemMatcherCreate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ItemMatcherProductOptionCreate,
        "product_custom_field": ItemMatcherProductCustomFieldCreate,
        "not": ItemMatcherAndCreate,
        "and": list[ItemMatcherAndCreate],
        "or": list[ItemMatcherAndCreate],
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
        "product_option": ItemMatcherProductOptionUpdate,
        "product_custom_field": ItemMatcherProductCustomFieldUpdate,
        "not": ItemMatcherAndUpdate,
        "and": list[ItemMatcherAndUpdate],
        "or": list[ItemMatcherAndUpdate],
    },
    total=False,
)
"""The fields to update a `ItemMatcher` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherUpdate)
