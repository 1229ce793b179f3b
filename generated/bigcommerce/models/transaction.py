# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `Transaction` model and the bodies of its create and update calls."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .credit_card import CreditCard, CreditCardCreate, CreditCardUpdate
from .transaction_avs_result import (
    TransactionAvsResult,
    TransactionAvsResultCreate,
    TransactionAvsResultUpdate,
)
from .transaction_custom import TransactionCustom, TransactionCustomCreate, TransactionCustomUpdate
from .transaction_custom_provider_field_result import (
    TransactionCustomProviderFieldResult,
    TransactionCustomProviderFieldResultCreate,
    TransactionCustomProviderFieldResultUpdate,
)
from .transaction_cvv_result import (
    TransactionCvvResult,
    TransactionCvvResultCreate,
    TransactionCvvResultUpdate,
)
from .transaction_gift_certificate import (
    TransactionGiftCertificate,
    TransactionGiftCertificateCreate,
    TransactionGiftCertificateUpdate,
)
from .transaction_offline import (
    TransactionOffline,
    TransactionOfflineCreate,
    TransactionOfflineUpdate,
)
from .transaction_store_credit import (
    TransactionStoreCredit,
    TransactionStoreCreditCreate,
    TransactionStoreCreditUpdate,
)


class Transaction(ApiModel):
    """`Transaction`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    event: str | None = None
    method: str | None = None
    amount: float | None = None
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
    id: int | None = None
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


@with_config(REQUEST_CONFIG)
class TransactionCreate(TypedDict, total=False):
    """The fields to create a `Transaction` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    event: Required[
        Literal["purchase", "authorization", "capture", "refund", "void", "pending", "settled"]
    ]
    method: Required[
        Literal[
            "credit_card",
            "electronic_wallet",
            "gift_certificate",
            "store_credit",
            "apple_pay_card",
            "bigpay_token",
            "apple_pay_token",
            "token",
            "custom",
            "offsite",
            "offline",
            "nonce",
        ]
    ]
    amount: Required[float]
    currency: Required[str]
    gateway: Required[
        Literal[
            "2checkout",
            "adyen",
            "amazon",
            "authorizenet",
            "bankdeposit",
            "braintree",
            "cheque",
            "cod",
            "custom",
            "firstdatagge4",
            "giftcertificate",
            "hps",
            "instore",
            "klarna",
            "migs",
            "moneyorder",
            "nmi",
            "paypalexpress",
            "paypalpaymentsprous",
            "paypalpaymentsprouk",
            "plugnpay",
            "qbmsv2",
            "securenet",
            "square",
            "storecredit",
            "stripe",
            "testgateway",
            "usaepay",
        ]
    ]
    gateway_transaction_id: str
    test: bool
    status: Literal["ok", "error"]
    fraud_review: bool
    reference_transaction_id: int
    offline: TransactionOfflineCreate | None
    custom: TransactionCustomCreate | None
    payment_method_id: str
    id: int
    order_id: str
    date_created: _dt.datetime | str
    payment_instrument_token: str | None
    provider_instrument_token: str | None
    provider_customer_id: str | None
    avs_result: TransactionAvsResultCreate
    cvv_result: TransactionCvvResultCreate
    credit_card: CreditCardCreate
    gift_certificate: TransactionGiftCertificateCreate | None
    store_credit: TransactionStoreCreditCreate | None
    custom_provider_field_result: TransactionCustomProviderFieldResultCreate | None


@with_config(REQUEST_CONFIG)
class TransactionUpdate(TypedDict, total=False):
    """The fields to update a `Transaction` with; unknown keys are refused."""

    event: Literal["purchase", "authorization", "capture", "refund", "void", "pending", "settled"]
    method: Literal[
        "credit_card",
        "electronic_wallet",
        "gift_certificate",
        "store_credit",
        "apple_pay_card",
        "bigpay_token",
        "apple_pay_token",
        "token",
        "custom",
        "offsite",
        "offline",
        "nonce",
    ]
    amount: float
    currency: str
    gateway: Literal[
        "2checkout",
        "adyen",
        "amazon",
        "authorizenet",
        "bankdeposit",
        "braintree",
        "cheque",
        "cod",
        "custom",
        "firstdatagge4",
        "giftcertificate",
        "hps",
        "instore",
        "klarna",
        "migs",
        "moneyorder",
        "nmi",
        "paypalexpress",
        "paypalpaymentsprous",
        "paypalpaymentsprouk",
        "plugnpay",
        "qbmsv2",
        "securenet",
        "square",
        "storecredit",
        "stripe",
        "testgateway",
        "usaepay",
    ]
    gateway_transaction_id: str
    test: bool
    status: Literal["ok", "error"]
    fraud_review: bool
    reference_transaction_id: int
    offline: TransactionOfflineUpdate | None
    custom: TransactionCustomUpdate | None
    payment_method_id: str
    id: int
    order_id: str
    date_created: _dt.datetime | str
    payment_instrument_token: str | None
    provider_instrument_token: str | None
    provider_customer_id: str | None
    avs_result: TransactionAvsResultUpdate
    cvv_result: TransactionCvvResultUpdate
    credit_card: CreditCardUpdate
    gift_certificate: TransactionGiftCertificateUpdate | None
    store_credit: TransactionStoreCreditUpdate | None
    custom_provider_field_result: TransactionCustomProviderFieldResultUpdate | None
