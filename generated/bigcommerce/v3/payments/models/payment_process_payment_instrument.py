# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentProcessPaymentInstrument` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel


class PaymentProcessPaymentInstrument(ApiModel):
    """`PaymentProcessPaymentInstrument`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    type: str | None = None
    cardholder_name: str | None = None
    """At least 1 character."""
    number: str | None = None
    """At least 1 character."""
    expiry_month: int | None = None
    """From 1 to 12."""
    expiry_year: int | None = None
    verification_value: str | None = None
    """From 3 to 4 characters."""
    issue_month: int | None = None
    """From 1 to 12."""
    issue_year: int | None = None
    issue_number: int | None = None
    token: str | None = None
    """Exactly 64 characters."""
    gift_certificate_code: str | None = None
    iin: str | None = None
    last_four_digits: str | None = None
    expiration_month: str | None = None
    expiration_year: str | None = None


@with_config(REQUEST_CONFIG)
class PaymentProcessPaymentInstrumentCreate(TypedDict, total=False):
    """The fields to create a `PaymentProcessPaymentInstrument` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    type: str
    cardholder_name: str
    """At least 1 character."""
    number: str
    """At least 1 character."""
    expiry_month: int
    """From 1 to 12."""
    expiry_year: int
    verification_value: str
    """From 3 to 4 characters."""
    issue_month: int
    """From 1 to 12."""
    issue_year: int
    issue_number: int
    token: str
    """Exactly 64 characters."""
    gift_certificate_code: str
    iin: str
    last_four_digits: str
    expiration_month: str
    expiration_year: str
