# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `PricingSfBulkPricingTier` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .bulk_pricing_tier_tax_discount_amount_item import (
    BulkPricingTierTaxDiscountAmountItem,
    BulkPricingTierTaxDiscountAmountItemCreate,
    BulkPricingTierTaxDiscountAmountItemUpdate,
)


class PricingSfBulkPricingTier(ApiModel):
    """`PricingSfBulkPricingTier`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    minimum: int | None = None
    maximum: int | None = None
    discount_amount: float | None = None
    discount_type: str | None = None
    tax_discount_amount: list[BulkPricingTierTaxDiscountAmountItem] | None = None


@with_config(REQUEST_CONFIG)
class PricingSfBulkPricingTierCreate(TypedDict, total=False):
    """The fields to create a `PricingSfBulkPricingTier` with; unknown keys are refused."""

    minimum: int
    maximum: int
    discount_amount: float
    discount_type: Literal["price", "percent", "fixed"]
    tax_discount_amount: list[BulkPricingTierTaxDiscountAmountItemCreate]


@with_config(REQUEST_CONFIG)
class PricingSfBulkPricingTierUpdate(TypedDict, total=False):
    """The fields to update a `PricingSfBulkPricingTier` with; unknown keys are refused."""

    minimum: int
    maximum: int
    discount_amount: float
    discount_type: Literal["price", "percent", "fixed"]
    tax_discount_amount: list[BulkPricingTierTaxDiscountAmountItemUpdate]
