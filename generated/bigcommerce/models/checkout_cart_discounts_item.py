# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartDiscountsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartDiscountsItem(ApiModel):
    """`CheckoutCartDiscountsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    discounted_amount: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartDiscountsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartDiscountsItem` with; unknown keys are refused."""

    id: str
    discounted_amount: float


@with_config(REQUEST_CONFIG)
class CheckoutCartDiscountsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartDiscountsItem` with; unknown keys are refused."""

    id: str
    discounted_amount: float
