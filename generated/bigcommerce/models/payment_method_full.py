# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethodFull` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .payment_method_full_supported_instruments_item import (
    PaymentMethodFullSupportedInstrumentsItem,
    PaymentMethodFullSupportedInstrumentsItemCreate,
    PaymentMethodFullSupportedInstrumentsItemUpdate,
)
from .payment_method_stored_instrument import (
    PaymentMethodStoredInstrument,
    PaymentMethodStoredInstrumentCreate,
    PaymentMethodStoredInstrumentUpdate,
)


class PaymentMethodFull(ApiModel):
    """`PaymentMethodFull`: an object of the v3 API. Every field is optional; unknown fields are
    kept.
    """

    id: str | None = None
    name: str | None = None
    stored_instruments: list[PaymentMethodStoredInstrument] | None = None
    supported_instruments: list[PaymentMethodFullSupportedInstrumentsItem] | None = None
    test_mode: bool | None = None
    type: str | None = None


@with_config(REQUEST_CONFIG)
class PaymentMethodFullCreate(TypedDict, total=False):
    """The fields to create a `PaymentMethodFull` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    id: Required[str]
    name: Required[str]
    stored_instruments: list[PaymentMethodStoredInstrumentCreate]
    supported_instruments: Required[list[PaymentMethodFullSupportedInstrumentsItemCreate]]
    test_mode: Required[bool]
    type: Required[str]


@with_config(REQUEST_CONFIG)
class PaymentMethodFullUpdate(TypedDict, total=False):
    """The fields to update a `PaymentMethodFull` with; unknown keys are refused."""

    id: str
    name: str
    stored_instruments: list[PaymentMethodStoredInstrumentUpdate]
    supported_instruments: list[PaymentMethodFullSupportedInstrumentsItemUpdate]
    test_mode: bool
    type: str
