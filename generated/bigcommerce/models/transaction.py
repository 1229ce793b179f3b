# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Transaction` model."""

from __future__ import annotations

import datetime as _dt

from .._model import ApiModel
from .avs_result import AVSResult
from .credit_card import CreditCard
from .custom import Custom
from .cvv_result import CVVResult
from .offline import Offline
from .store_credit import StoreCredit
from .transaction_custom_provider_field_result import TransactionCustomProviderFieldResult
from .v3_gift_certificate import V3GiftCertificate


class Transaction(ApiModel):
    """`Transaction`: an object of the v3 API. Every field is optional; unknown fields are kept."""

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
    offline: Offline | None = None
    custom: Custom | None = None
    payment_method_id: str | None = None
    id: int | None = None
    order_id: str | None = None
    date_created: _dt.datetime | None = None
    payment_instrument_token: str | None = None
    provider_instrument_token: str | None = None
    provider_customer_id: str | None = None
    avs_result: AVSResult | None = None
    cvv_result: CVVResult | None = None
    credit_card: CreditCard | None = None
    gift_certificate: V3GiftCertificate | None = None
    store_credit: StoreCredit | None = None
    custom_provider_field_result: TransactionCustomProviderFieldResult | None = None
