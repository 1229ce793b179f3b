# Generated from spec/imported/v3/pricing.yaml by codegen (`make generate`); do not edit.
"""The `GetPricesResponseDataItemSalePrice` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetPricesResponseDataItemSalePrice(ApiModel):
    """`GetPricesResponseDataItemSalePrice`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    as_entered: float | None = None
    entered_inclusive: bool | None = None
    tax_exclusive: float | None = None
    tax_inclusive: float | None = None


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemSalePriceCreate(TypedDict, total=False):
    """The fields to create a `GetPricesResponseDataItemSalePrice` with; unknown keys are
    refused.
    """

    as_entered: float
    entered_inclusive: bool
    tax_exclusive: float
    tax_inclusive: float


@with_config(REQUEST_CONFIG)
class GetPricesResponseDataItemSalePriceUpdate(TypedDict, total=False):
    """The fields to update a `GetPricesResponseDataItemSalePrice` with; unknown keys are
    refused.
    """

    as_entered: float
    entered_inclusive: bool
    tax_exclusive: float
    tax_inclusive: float
