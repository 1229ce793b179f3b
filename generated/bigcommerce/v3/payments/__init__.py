# Generated from spec/imported/v3/payments.yaml by codegen (`make generate`); do not edit.
"""The v3 API's `payments` models, loaded on first use: `from bigcommerce.v3.payments import
PaymentMethod`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..shared.models.scratch import Scratch
    from .models.access_token_create import AccessTokenCreate
    from .models.access_token_order import AccessTokenOrder
    from .models.payment_method import PaymentMethod
    from .models.payment_method_stored_instrument import PaymentMethodStoredInstrument
    from .models.payment_method_supported_instrument import PaymentMethodSupportedInstrument
    from .models.payment_process import PaymentProcess
    from .models.payment_process_payment import PaymentProcessPayment
    from .models.payment_process_payment_instrument import PaymentProcessPaymentInstrument
    from .models.payments_data import PaymentsData

#: public name -> (model module, its name there)
_EXPORTS = {
    "AccessTokenCreate": (".models.access_token_create", "AccessTokenCreate"),
    "AccessTokenOrder": (".models.access_token_order", "AccessTokenOrder"),
    "PaymentMethod": (".models.payment_method", "PaymentMethod"),
    "PaymentMethodStoredInstrument": (
        ".models.payment_method_stored_instrument",
        "PaymentMethodStoredInstrument",
    ),
    "PaymentMethodSupportedInstrument": (
        ".models.payment_method_supported_instrument",
        "PaymentMethodSupportedInstrument",
    ),
    "PaymentProcess": (".models.payment_process", "PaymentProcess"),
    "PaymentProcessPayment": (".models.payment_process_payment", "PaymentProcessPayment"),
    "PaymentProcessPaymentInstrument": (
        ".models.payment_process_payment_instrument",
        "PaymentProcessPaymentInstrument",
    ),
    "PaymentsData": (".models.payments_data", "PaymentsData"),
    "Scratch": ("..shared.models.scratch", "Scratch"),
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
    value = getattr(importlib.import_module(where[0], __name__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
