# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `PriceListRecordCreateManyItemModel` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .bulk_pricing_tier import BulkPricingTier, BulkPricingTierCreate, BulkPricingTierUpdate


class PriceListRecordCreateManyItemModel(ApiModel):
    """`PriceListRecordCreateManyItemModel`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    variant_id: int | None = None
    sku: str | None = None
    currency: str | None = None
    price: int | float | None = None
    """Required to update."""
    sale_price: int | float | None = None
    """At least 0."""
    retail_price: int | float | None = None
    """At least 0."""
    map_price: int | float | None = None
    """At least 0."""
    bulk_pricing_tiers: list[BulkPricingTier] | None = None


@with_config(REQUEST_CONFIG)
class PriceListRecordCreateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    variant_id: int
    sku: str
    currency: str
    price: int | float
    sale_price: int | float
    """At least 0."""
    retail_price: int | float
    """At least 0."""
    map_price: int | float
    """At least 0."""
    bulk_pricing_tiers: list[BulkPricingTierCreate]


@with_config(REQUEST_CONFIG)
class PriceListRecordUpdateManyItem(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    variant_id: int
    sku: str
    currency: str
    price: Required[int | float]
    sale_price: int | float
    """At least 0."""
    retail_price: int | float
    """At least 0."""
    map_price: int | float
    """At least 0."""
    bulk_pricing_tiers: list[BulkPricingTierUpdate]
