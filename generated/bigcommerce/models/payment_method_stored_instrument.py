# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethodStoredInstrument` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PaymentMethodStoredInstrument(ApiModel):
    """`PaymentMethodStoredInstrument`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    brand: str | None = None
    expiry_month: int | None = None
    expiry_year: int | None = None
    issuer_identification_number: str | None = None
    last_4: str | None = None
    token: str | None = None
    is_default: bool | None = None
    type: str | None = None


@with_config(REQUEST_CONFIG)
class PaymentMethodStoredInstrumentCreate(TypedDict, total=False):
    """The fields to create a `PaymentMethodStoredInstrument` with; unknown keys are refused.
    Keys marked `Required` must be given.
    """

    brand: Required[str]
    expiry_month: Required[int]
    expiry_year: Required[int]
    issuer_identification_number: Required[str]
    last_4: Required[str]
    token: Required[str]
    is_default: Required[bool]
    type: Required[str]


@with_config(REQUEST_CONFIG)
class PaymentMethodStoredInstrumentUpdate(TypedDict, total=False):
    """The fields to update a `PaymentMethodStoredInstrument` with; unknown keys are refused."""

    brand: str
    expiry_month: int
    expiry_year: int
    issuer_identification_number: str
    last_4: str
    token: str
    is_default: bool
    type: str
