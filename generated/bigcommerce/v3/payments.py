# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `payments` models, loaded on first use: `from bigcommerce.v3.payments import
AccessTokenCreate`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.access_token_create import AccessTokenCreateCreate as AccessTokenCreate
    from ..models.access_token_order import AccessTokenOrder
    from ..models.payment_method_stored_instrument import PaymentMethodStoredInstrument
    from ..models.payment_method_supported_instrument import PaymentMethodSupportedInstrument
    from ..models.payment_process import PaymentProcessCreate as PaymentProcess
    from ..models.payment_process_payment import PaymentProcessPayment
    from ..models.payment_process_payment_instrument import PaymentProcessPaymentInstrument
    from ..models.payments_data import PaymentsData
    from ..models.scratch import Scratch
    from ..models.v3_payment_method import PaymentMethod

#: public name -> (model module, its name there)
_EXPORTS = {
    "AccessTokenCreate": ("access_token_create", "AccessTokenCreateCreate"),
    "AccessTokenOrder": ("access_token_order", "AccessTokenOrder"),
    "PaymentMethod": ("v3_payment_method", "PaymentMethod"),
    "PaymentMethodStoredInstrument": (
        "payment_method_stored_instrument",
        "PaymentMethodStoredInstrument",
    ),
    "PaymentMethodSupportedInstrument": (
        "payment_method_supported_instrument",
        "PaymentMethodSupportedInstrument",
    ),
    "PaymentProcess": ("payment_process", "PaymentProcessCreate"),
    "PaymentProcessPayment": ("payment_process_payment", "PaymentProcessPayment"),
    "PaymentProcessPaymentInstrument": (
        "payment_process_payment_instrument",
        "PaymentProcessPaymentInstrument",
    ),
    "PaymentsData": ("payments_data", "PaymentsData"),
    "Scratch": ("scratch", "Scratch"),
}

__all__ = [
    "AccessTokenCreate",
    "AccessTokenOrder",
    "PaymentMethod",
    "PaymentMethodStoredInstrument",
    "PaymentMethodSupportedInstrument",
    "PaymentProcess",
    "PaymentProcessPayment",
    "PaymentProcessPaymentInstrument",
    "PaymentsData",
    "Scratch",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"..models.{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
