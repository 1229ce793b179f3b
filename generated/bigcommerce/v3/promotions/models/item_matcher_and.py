# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `ItemMatcherAnd` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import Field, with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .item_matcher_not import ItemMatcherNot, ItemMatcherNotCreate, ItemMatcherNotUpdate
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


class ItemMatcherAnd(ApiModel):
    """`ItemMatcherAnd`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ItemMatcherProductOption | None = None
    product_custom_field: ItemMatcherProductCustomField | None = None
    not_: ItemMatcherNot | None = Field(default=None, alias="not")
    and_: list[ItemMatcherNot] | None = Field(default=None, alias="and")
    or_: list[ItemMatcherNot] | None = Field(default=None, alias="or")


ItemMatcherAndCreate = TypedDict(
    "ItemMatcherAndCreate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ItemMatcherProductOptionCreate,
        "product_custom_field": ItemMatcherProductCustomFieldCreate,
        "not": ItemMatcherNotCreate,
        "and": list[ItemMatcherNotCreate],
        "or": list[ItemMatcherNotCreate],
    },
    total=False,
)
"""The fields to create a `ItemMatcherAnd` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherAndCreate)


ItemMatcherAndUpdate = TypedDict(
    "ItemMatcherAndUpdate",
    {
        "brands": list[int],
        "categories": list[int],
        "products": list[int],
        "variants": list[int],
        "product_option": ItemMatcherProductOptionUpdate,
        "product_custom_field": ItemMatcherProductCustomFieldUpdate,
        "not": ItemMatcherNotUpdate,
        "and": list[ItemMatcherNotUpdate],
        "or": list[ItemMatcherNotUpdate],
    },
    total=False,
)
"""The fields to update a `ItemMatcherAnd` with; unknown keys are sent as given, with an
`UnknownArgumentWarning`.
"""
with_config(REQUEST_CONFIG)(ItemMatcherAndUpdate)
