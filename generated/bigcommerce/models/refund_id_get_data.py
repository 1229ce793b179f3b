# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `RefundIDGetData` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel
from .refund_id_get_data_items_item import RefundIDGetDataItemsItem
from .refund_id_get_data_payments_item import RefundIDGetDataPaymentsItem


class RefundIDGetData(ApiModel):
    """`RefundIDGetData`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    order_id: int | None = None
    user_id: int | None = None
    created: _dt.datetime | None = None
    reason: str | None = None
    total_amount: int | float | None = None
    total_tax: int | float | None = None
    uses_merchant_override_values: bool | None = None
    payments: list[RefundIDGetDataPaymentsItem] | None = None
    items: list[RefundIDGetDataItemsItem] | None = None
