# Generated from spec/imported/v3/webhook_payloads.yaml by codegen (`make generate`); do not edit.
"""The `StoreCustomerPaymentInstrumentDefaultUpdated` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .store_customer_payment_instrument_default_updated_data import (
    StoreCustomerPaymentInstrumentDefaultUpdatedData,
    StoreCustomerPaymentInstrumentDefaultUpdatedDataCreate,
    StoreCustomerPaymentInstrumentDefaultUpdatedDataUpdate,
)


class StoreCustomerPaymentInstrumentDefaultUpdated(ApiModel):
    """`StoreCustomerPaymentInstrumentDefaultUpdated`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    created_at: int | None = None
    store_id: str | None = None
    producer: str | None = None
    scope: str | None = None
    hash: str | None = None
    data: StoreCustomerPaymentInstrumentDefaultUpdatedData | None = None


@with_config(REQUEST_CONFIG)
class StoreCustomerPaymentInstrumentDefaultUpdatedCreate(TypedDict, total=False):
    """The fields to create a `StoreCustomerPaymentInstrumentDefaultUpdated` with; unknown keys
    are refused.
    """

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCustomerPaymentInstrumentDefaultUpdatedDataCreate


@with_config(REQUEST_CONFIG)
class StoreCustomerPaymentInstrumentDefaultUpdatedUpdate(TypedDict, total=False):
    """The fields to update a `StoreCustomerPaymentInstrumentDefaultUpdated` with; unknown keys
    are refused.
    """

    store_id: str
    producer: str
    scope: str
    hash: str
    data: StoreCustomerPaymentInstrumentDefaultUpdatedDataUpdate
