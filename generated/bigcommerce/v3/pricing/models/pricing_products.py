# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `PricingProductsModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .pricing_products_item import PricingProductsItem, PricingProductsItemCreate


class PricingProductsModel(ApiModel):
    """`PricingProductsModel`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    channel_id: int | None = None
    """Required to create and update."""
    currency_code: str | None = None
    """Required to create and update."""
    country_code: str | None = None
    customer_group_id: int | None = None
    customer_id: int | None = None
    items: list[PricingProductsItem] | None = None
    """Required to create and update."""


@with_config(REQUEST_CONFIG)
class PricingProducts(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    channel_id: Required[int]
    currency_code: Required[str]
    country_code: str
    customer_group_id: int
    customer_id: int
    items: Required[list[PricingProductsItemCreate]]
