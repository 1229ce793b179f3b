# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutDiscountCreate` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_discount_create_cart import (
    CheckoutDiscountCreateCart,
    CheckoutDiscountCreateCartCreate,
)


class CheckoutDiscountCreate(ApiModel):
    """`CheckoutDiscountCreate`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    cart: CheckoutDiscountCreateCart | None = None


@with_config(REQUEST_CONFIG)
class CheckoutDiscountCreateCreate(TypedDict, total=False):
    """The fields to create a `CheckoutDiscountCreate` with; unknown keys are sent as given, with
    an `UnknownArgumentWarning`.
    """

    cart: CheckoutDiscountCreateCartCreate
