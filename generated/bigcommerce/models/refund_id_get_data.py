# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundIDGetData` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .refund_id_get_data_items_item import (
    RefundIDGetDataItemsItem,
    RefundIDGetDataItemsItemCreate,
    RefundIDGetDataItemsItemUpdate,
)
from .refund_id_get_data_payments_item import (
    RefundIDGetDataPaymentsItem,
    RefundIDGetDataPaymentsItemCreate,
    RefundIDGetDataPaymentsItemUpdate,
)


class RefundIDGetData(ApiModel):
    """`RefundIDGetData`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: int | None = None
    order_id: int | None = None
    user_id: int | None = None
    created: _dt.datetime | None = None
    reason: str | None = None
    total_amount: float | None = None
    total_tax: float | None = None
    uses_merchant_override_values: bool | None = None
    payments: list[RefundIDGetDataPaymentsItem] | None = None
    items: list[RefundIDGetDataItemsItem] | None = None


@with_config(REQUEST_CONFIG)
class RefundIDGetDataCreate(TypedDict, total=False):
    """The fields to create a `RefundIDGetData` with; unknown keys are refused."""

    id: int
    order_id: int
    user_id: int
    created: _dt.datetime | str
    reason: str
    total_amount: float
    total_tax: float
    uses_merchant_override_values: bool
    payments: list[RefundIDGetDataPaymentsItemCreate]
    items: list[RefundIDGetDataItemsItemCreate]


@with_config(REQUEST_CONFIG)
class RefundIDGetDataUpdate(TypedDict, total=False):
    """The fields to update a `RefundIDGetData` with; unknown keys are refused."""

    id: int
    order_id: int
    user_id: int
    created: _dt.datetime | str
    reason: str
    total_amount: float
    total_tax: float
    uses_merchant_override_values: bool
    payments: list[RefundIDGetDataPaymentsItemUpdate]
    items: list[RefundIDGetDataItemsItemUpdate]
