# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcherNot` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
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
from .simple_item_matcher import SimpleItemMatcher, SimpleItemMatcherCreate, SimpleItemMatcherUpdate


class ItemMatcherNot(ApiModel):
    """`ItemMatcherNot`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ItemMatcherProductOption | None = None
    product_custom_field: ItemMatcherProductCustomField | None = None
    not_: SimpleItemMatcher | None = Field(default=None, alias="not")
    and_: list[SimpleItemMatcher] | None = Field(default=None, alias="and")
    or_: list[SimpleItemMatcher] | None = Field(default=None, alias="or")


ItemMatcherNotCreate = TypedDict(
    "ItemMatcherNotCreate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ItemMatcherProductOptionCreate,
        "product_custom_field": ItemMatcherProductCustomFieldCreate,
        "not": SimpleItemMatcherCreate,
        "and": list[SimpleItemMatcherCreate],
        "or": list[SimpleItemMatcherCreate],
    },
    total=False,
)
"""The fields to create a `ItemMatcherNot` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherNotCreate)


ItemMatcherNotUpdate = TypedDict(
    "ItemMatcherNotUpdate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ItemMatcherProductOptionUpdate,
        "product_custom_field": ItemMatcherProductCustomFieldUpdate,
        "not": SimpleItemMatcherUpdate,
        "and": list[SimpleItemMatcherUpdate],
        "or": list[SimpleItemMatcherUpdate],
    },
    total=False,
)
"""The fields to update a `ItemMatcherNot` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherNotUpdate)
