# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `TransactionGiftCertificate` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class TransactionGiftCertificate(ApiModel):
    """`TransactionGiftCertificate`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    code: str | None = None
    original_balance: float | None = None
    starting_balance: float | None = None
    remaining_balance: float | None = None
    status: str | None = None


@with_config(REQUEST_CONFIG)
class TransactionGiftCertificateCreate(TypedDict, total=False):
    """The fields to create a `TransactionGiftCertificate` with; unknown keys are refused."""

    code: str
    original_balance: float
    starting_balance: float
    remaining_balance: float
    status: Literal["active", "pending", "disabled", "expired"]


@with_config(REQUEST_CONFIG)
class TransactionGiftCertificateUpdate(TypedDict, total=False):
    """The fields to update a `TransactionGiftCertificate` with; unknown keys are refused."""

    code: str
    original_balance: float
    starting_balance: float
    remaining_balance: float
    status: Literal["active", "pending", "disabled", "expired"]
