# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundIDGetDataItemsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class RefundIDGetDataItemsItem(ApiModel):
    """`RefundIDGetDataItemsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    item_type: str | None = None
    item_id: int | None = None
    quantity: int | None = None
    requested_amount: str | None = None
    reason: str | None = None


@with_config(REQUEST_CONFIG)
class RefundIDGetDataItemsItemCreate(TypedDict, total=False):
    """The fields to create a `RefundIDGetDataItemsItem` with; unknown keys are refused."""

    item_type: Literal["PRODUCT", "GIFT_WRAPPING", "SHIPPING", "HANDLING", "ORDER", "FEE"]
    item_id: int
    quantity: int
    requested_amount: str | None
    reason: str


@with_config(REQUEST_CONFIG)
class RefundIDGetDataItemsItemUpdate(TypedDict, total=False):
    """The fields to update a `RefundIDGetDataItemsItem` with; unknown keys are refused."""

    item_type: Literal["PRODUCT", "GIFT_WRAPPING", "SHIPPING", "HANDLING", "ORDER", "FEE"]
    item_id: int
    quantity: int
    requested_amount: str | None
    reason: str
