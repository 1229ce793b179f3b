# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Transaction` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel
from .credit_card import CreditCard
from .transaction_avs_result import TransactionAvsResult
from .transaction_custom import TransactionCustom
from .transaction_custom_provider_field_result import TransactionCustomProviderFieldResult
from .transaction_cvv_result import TransactionCvvResult
from .transaction_gift_certificate import TransactionGiftCertificate
from .transaction_offline import TransactionOffline
from .transaction_store_credit import TransactionStoreCredit


class Transaction(ApiModel):
    """`Transaction`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept.
    """

    event: str | None = None
    method: str | None = None
    amount: int | float | None = None
    currency: str | None = None
    gateway: str | None = None
    gateway_transaction_id: str | None = None
    test: bool | None = None
    status: str | None = None
    fraud_review: bool | None = None
    reference_transaction_id: int | None = None
    offline: TransactionOffline | None = None
    custom: TransactionCustom | None = None
    payment_method_id: str | None = None
    id: int
    order_id: str | None = None
    date_created: _dt.datetime | None = None
    payment_instrument_token: str | None = None
    provider_instrument_token: str | None = None
    provider_customer_id: str | None = None
    avs_result: TransactionAvsResult | None = None
    cvv_result: TransactionCvvResult | None = None
    credit_card: CreditCard | None = None
    gift_certificate: TransactionGiftCertificate | None = None
    store_credit: TransactionStoreCredit | None = None
    custom_provider_field_result: TransactionCustomProviderFieldResult | None = None
