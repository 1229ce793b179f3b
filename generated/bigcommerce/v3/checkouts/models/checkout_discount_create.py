# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutDiscountCreateModel` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_discount_create_cart import (
    CheckoutDiscountCreateCart,
    CheckoutDiscountCreateCartCreate,
)


class CheckoutDiscountCreateModel(ApiModel):
    """`CheckoutDiscountCreateModel`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    cart: CheckoutDiscountCreateCart | None = None


@with_config(REQUEST_CONFIG)
class CheckoutDiscountCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    cart: CheckoutDiscountCreateCartCreate
