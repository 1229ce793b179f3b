# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `SetPriceListRecordResponseDataBulkPricingTiersItem` model and the bodies of its create
and update calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class SetPriceListRecordResponseDataBulkPricingTiersItem(ApiModel):
    """`SetPriceListRecordResponseDataBulkPricingTiersItem`: an object of the v3 API. Every field
    is optional; unknown fields are kept.
    """

    quantity_min: int | None = None
    quantity_max: int | None = None
    type: str | None = None
    amount: float | None = None


@with_config(REQUEST_CONFIG)
class SetPriceListRecordResponseDataBulkPricingTiersItemCreate(TypedDict, total=False):
    """The fields to create a `SetPriceListRecordResponseDataBulkPricingTiersItem` with; unknown
    keys are refused.
    """

    quantity_min: int
    quantity_max: int
    type: Literal["fixed", "price", "percent"]
    amount: float


@with_config(REQUEST_CONFIG)
class SetPriceListRecordResponseDataBulkPricingTiersItemUpdate(TypedDict, total=False):
    """The fields to update a `SetPriceListRecordResponseDataBulkPricingTiersItem` with; unknown
    keys are refused.
    """

    quantity_min: int
    quantity_max: int
    type: Literal["fixed", "price", "percent"]
    amount: float
