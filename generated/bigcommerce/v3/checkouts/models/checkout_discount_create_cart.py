# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutDiscountCreateCart` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .checkout_discount_create_cart_discount import (
    CheckoutDiscountCreateCartDiscount,
    CheckoutDiscountCreateCartDiscountCreate,
)
from .checkout_discount_create_cart_line_item import (
    CheckoutDiscountCreateCartLineItem,
    CheckoutDiscountCreateCartLineItemCreate,
)


class CheckoutDiscountCreateCart(ApiModel):
    """`CheckoutDiscountCreateCart`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    discounts: list[CheckoutDiscountCreateCartDiscount] | None = None
    line_items: list[CheckoutDiscountCreateCartLineItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutDiscountCreateCartCreate(TypedDict, total=False):
    """The fields to create a `CheckoutDiscountCreateCart` with; unknown keys are sent as given,
    with an `UnknownArgumentWarning`.
    """

    discounts: list[CheckoutDiscountCreateCartDiscountCreate]
    line_items: list[CheckoutDiscountCreateCartLineItemCreate]
    version: int
