# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Transaction` model."""

from __future__ import annotations

import datetime as _dt

from ...._model import ApiModel
from .avs_result import AVSResult
from .credit_card import CreditCard
from .custom import Custom
from .cvv_result import CVVResult
from .gift_certificate import GiftCertificate
from .offline import Offline
from .store_credit import StoreCredit
from .transaction_custom_provider_field_result import TransactionCustomProviderFieldResult


class Transaction(ApiModel):
    """`Transaction`: an object of the v3 API. Every field but `id` is optional; unknown fields
    are kept. Answered by `api.orders.transactions`: `all`.
    """

    event: str | None = None
    """Required to create and update. One of: `'purchase'`, `'authorization'`, `'capture'`,
    `'refund'`, `'void'`, `'pending'`, `'settled'`.
    """
    method: str | None = None
    """Required to create and update. One of: `'credit_card'`, `'electronic_wallet'`,
    `'gift_certificate'`, `'store_credit'`, `'apple_pay_card'`, `'bigpay_token'`,
    `'apple_pay_token'`, `'token'`, `'custom'`, `'offsite'`, `'offline'`, `'nonce'`.
    """
    amount: int | float | None = None
    """Required to create and update."""
    currency: str | None = None
    """Required to create and update."""
    gateway: str | None = None
    """Required to create and update. One of: `'2checkout'`, `'adyen'`, `'amazon'`,
    `'authorizenet'`, `'bankdeposit'`, `'braintree'`, `'cheque'`, `'cod'`, `'custom'`,
    `'firstdatagge4'`, `'giftcertificate'`, `'hps'`, `'instore'`, `'klarna'`, `'migs'`,
    `'moneyorder'`, `'nmi'`, `'paypalexpress'`, `'paypalpaymentsprous'`,
    `'paypalpaymentsprouk'`, `'plugnpay'`, `'qbmsv2'`, `'securenet'`, `'square'`,
    `'storecredit'`, `'stripe'`, `'testgateway'`, `'usaepay'`.
    """
    gateway_transaction_id: str | None = None
    test: bool | None = None
    status: str | None = None
    """One of: `'ok'`, `'error'`."""
    fraud_review: bool | None = None
    reference_transaction_id: int | None = None
    offline: Offline | None = None
    """May be null."""
    custom: Custom | None = None
    """May be null."""
    payment_method_id: str | None = None
    id: int
    order_id: str | None = None
    date_created: _dt.datetime | None = None
    payment_instrument_token: str | None = None
    """May be null."""
    provider_instrument_token: str | None = None
    """May be null."""
    provider_customer_id: str | None = None
    """May be null."""
    avs_result: AVSResult | None = None
    cvv_result: CVVResult | None = None
    credit_card: CreditCard | None = None
    gift_certificate: GiftCertificate | None = None
    """May be null."""
    store_credit: StoreCredit | None = None
    """May be null."""
    custom_provider_field_result: TransactionCustomProviderFieldResult | None = None
    """May be null."""
