# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The `PaymentMethodFullSupportedInstrumentsItem` model and the bodies of its create and update
calls.
"""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class PaymentMethodFullSupportedInstrumentsItem(ApiModel):
    """`PaymentMethodFullSupportedInstrumentsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    instrument_type: str | None = None
    verification_value_required: bool | None = None


@with_config(REQUEST_CONFIG)
class PaymentMethodFullSupportedInstrumentsItemCreate(TypedDict, total=False):
    """The fields to create a `PaymentMethodFullSupportedInstrumentsItem` with; unknown keys are
    refused. Keys marked `Required` must be given.
    """

    instrument_type: Required[
        Literal[
            "VISA",
            "MASTERCARD",
            "DISCOVER",
            "AMEX",
            "DINERS_CLUB",
            "JCB",
            "DANKORT",
            "MAESTRO",
            "STORED_CARD",
        ]
    ]
    verification_value_required: bool


@with_config(REQUEST_CONFIG)
class PaymentMethodFullSupportedInstrumentsItemUpdate(TypedDict, total=False):
    """The fields to update a `PaymentMethodFullSupportedInstrumentsItem` with; unknown keys are
    refused.
    """

    instrument_type: Literal[
        "VISA",
        "MASTERCARD",
        "DISCOVER",
        "AMEX",
        "DINERS_CLUB",
        "JCB",
        "DANKORT",
        "MAESTRO",
        "STORED_CARD",
    ]
    verification_value_required: bool
