# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `CreditCard` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CreditCard(ApiModel):
    """`CreditCard`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    card_type: str | None = None
    card_iin: str | None = None
    card_last4: str | None = None
    card_expiry_month: int | None = None
    card_expiry_year: int | None = None


@with_config(REQUEST_CONFIG)
class CreditCardCreate(TypedDict, total=False):
    """The fields to create a `CreditCard` with; unknown keys are refused."""

    card_type: Literal[
        "alelo",
        "alia",
        "american_express",
        "cabal",
        "carnet",
        "dankort",
        "diners_club",
        "discover",
        "elo",
        "forbrugsforeningen",
        "jcb",
        "maestro",
        "master",
        "naranja",
        "sodexo",
        "unionpay",
        "visa",
        "vr",
    ]
    card_iin: str
    card_last4: str
    card_expiry_month: int
    card_expiry_year: int


@with_config(REQUEST_CONFIG)
class CreditCardUpdate(TypedDict, total=False):
    """The fields to update a `CreditCard` with; unknown keys are refused."""

    card_type: Literal[
        "alelo",
        "alia",
        "american_express",
        "cabal",
        "carnet",
        "dankort",
        "diners_club",
        "discover",
        "elo",
        "forbrugsforeningen",
        "jcb",
        "maestro",
        "master",
        "naranja",
        "sodexo",
        "unionpay",
        "visa",
        "vr",
    ]
    card_iin: str
    card_last4: str
    card_expiry_month: int
    card_expiry_year: int
