# Generated from spec/imported/v3/pricelists.yaml by codegen (`make generate`); do not edit.
"""The `UpsertPriceListRecordsRequestItemBulkPricingTiersItem` model and the bodies of its update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class UpsertPriceListRecordsRequestItemBulkPricingTiersItem(ApiModel):
    """`UpsertPriceListRecordsRequestItemBulkPricingTiersItem`: an object of the v3 API. Every
    field is optional; unknown fields are kept.
    """

    quantity_min: int | None = None
    quantity_max: int | None = None
    type: str | None = None
    """One of: `'fixed'`, `'price'`, `'percent'`."""
    amount: int | float | None = None


@with_config(REQUEST_CONFIG)
class UpsertPriceListRecordsRequestItemBulkPricingTiersItemUpdate(TypedDict, total=False):
    """The fields to update a `UpsertPriceListRecordsRequestItemBulkPricingTiersItem` with;
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    quantity_min: int
    quantity_max: int
    type: Literal["fixed", "price", "percent"]
    amount: int | float
