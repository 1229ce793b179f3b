# Generated from spec/imported/v3/catalog.yaml by codegen (`make generate`); do not edit.
"""The `ProductModifierPostOptionValuesItemAdjusters` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .product_modifier_post_option_values_item_adjusters_price import (
    ProductModifierPostOptionValuesItemAdjustersPrice,
    ProductModifierPostOptionValuesItemAdjustersPriceCreate,
)


class ProductModifierPostOptionValuesItemAdjusters(ApiModel):
    """`ProductModifierPostOptionValuesItemAdjusters`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    price: ProductModifierPostOptionValuesItemAdjustersPrice | None = None


@with_config(REQUEST_CONFIG)
class ProductModifierPostOptionValuesItemAdjustersCreate(TypedDict, total=False):
    """The fields to create a `ProductModifierPostOptionValuesItemAdjusters` with; unknown keys
    are sent as given, with an `UnknownArgumentWarning`.
    """

    price: ProductModifierPostOptionValuesItemAdjustersPriceCreate
