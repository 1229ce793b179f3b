# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `BulkPricingTierTaxDiscountAmountItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class BulkPricingTierTaxDiscountAmountItem(ApiModel):
    """`BulkPricingTierTaxDiscountAmountItem`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    as_entered: float | None = None
    tax_inclusive: float | None = None
    tax_exclusive: float | None = None
    entered_inclusive: bool | None = None


@with_config(REQUEST_CONFIG)
class BulkPricingTierTaxDiscountAmountItemCreate(TypedDict, total=False):
    """The fields to create a `BulkPricingTierTaxDiscountAmountItem` with; unknown keys are
    refused.
    """

    as_entered: float
    tax_inclusive: float
    tax_exclusive: float
    entered_inclusive: bool


@with_config(REQUEST_CONFIG)
class BulkPricingTierTaxDiscountAmountItemUpdate(TypedDict, total=False):
    """The fields to update a `BulkPricingTierTaxDiscountAmountItem` with; unknown keys are
    refused.
    """

    as_entered: float
    tax_inclusive: float
    tax_exclusive: float
    entered_inclusive: bool
