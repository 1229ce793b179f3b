# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartCurrency` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartCurrency(ApiModel):
    """`CheckoutCartCurrency`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    code: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartCurrencyCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartCurrency` with; unknown keys are refused."""

    code: str


@with_config(REQUEST_CONFIG)
class CheckoutCartCurrencyUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartCurrency` with; unknown keys are refused."""

    code: str
