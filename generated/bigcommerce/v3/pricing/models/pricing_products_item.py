# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `PricingProductsItem` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .pricing_products_item_option import PricingProductsItemOption, PricingProductsItemOptionCreate


class PricingProductsItem(ApiModel):
    """`PricingProductsItem`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    product_id: int | None = None
    variant_id: int | float | None = None
    options: list[PricingProductsItemOption] | None = None


@with_config(REQUEST_CONFIG)
class PricingProductsItemCreate(TypedDict, total=False):
    """The fields to create a `PricingProductsItem` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    product_id: int
    variant_id: int | float
    options: list[PricingProductsItemOptionCreate]
