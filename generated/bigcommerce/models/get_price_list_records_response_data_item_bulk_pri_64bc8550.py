# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `GetPriceListRecordsResponseDataItemBulkPricingTiersItem` model and the bodies of its
create and update calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class GetPriceListRecordsResponseDataItemBulkPricingTiersItem(ApiModel):
    """`GetPriceListRecordsResponseDataItemBulkPricingTiersItem`: an object of the v3 API. Every
    field is optional; unknown fields are kept.
    """

    quantity_min: int | None = None
    quantity_max: int | None = None
    type: str | None = None
    amount: float | None = None


@with_config(REQUEST_CONFIG)
class GetPriceListRecordsResponseDataItemBulkPricingTiersItemCreate(TypedDict, total=False):
    """The fields to create a `GetPriceListRecordsResponseDataItemBulkPricingTiersItem` with;
    unknown keys are refused.
    """

    quantity_min: int
    quantity_max: int | None
    type: Literal["fixed", "price", "percent"]
    amount: float


@with_config(REQUEST_CONFIG)
class GetPriceListRecordsResponseDataItemBulkPricingTiersItemUpdate(TypedDict, total=False):
    """The fields to update a `GetPriceListRecordsResponseDataItemBulkPricingTiersItem` with;
    unknown keys are refused.
    """

    quantity_min: int
    quantity_max: int | None
    type: Literal["fixed", "price", "percent"]
    amount: float
