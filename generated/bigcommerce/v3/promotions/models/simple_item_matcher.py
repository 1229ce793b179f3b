# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `SimpleItemMatcher` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
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


class SimpleItemMatcher(ApiModel):
    """`SimpleItemMatcher`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    brands: list[int] | None = None
    categories: list[int] | None = None
    products: list[int] | None = None
    variants: list[int] | None = None
    product_option: ItemMatcherProductOption | None = None
    product_custom_field: ItemMatcherProductCustomField | None = None


@with_config(REQUEST_CONFIG)
class SimpleItemMatcherCreate(TypedDict, total=False):
    """The fields to create a `SimpleItemMatcher` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    brands: list[int]
    categories: list[int]
    products: list[int]
    variants: list[int]
    product_option: ItemMatcherProductOptionCreate
    product_custom_field: ItemMatcherProductCustomFieldCreate


@with_config(REQUEST_CONFIG)
class SimpleItemMatcherUpdate(TypedDict, total=False):
    """The fields to update a `SimpleItemMatcher` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    brands: list[int]
    categories: list[int]
    products: list[int]
    variants: list[int]
    product_option: ItemMatcherProductOptionUpdate
    product_custom_field: ItemMatcherProductCustomFieldUpdate
