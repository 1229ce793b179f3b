# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `V3PriceListRecordUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .bulk_pricing_tier import BulkPricingTier, BulkPricingTierUpdate


class V3PriceListRecordUpdate(ApiModel):
    """`V3PriceListRecordUpdate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    price: int | float | None = None
    """Required to update."""
    sale_price: int | float | None = None
    retail_price: int | float | None = None
    map_price: int | float | None = None
    bulk_pricing_tiers: list[BulkPricingTier] | None = None


@with_config(REQUEST_CONFIG)
class PriceListRecordUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    price: Required[int | float]
    sale_price: int | float
    retail_price: int | float
    map_price: int | float
    bulk_pricing_tiers: list[BulkPricingTierUpdate]
