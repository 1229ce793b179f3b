# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `AddCheckoutDiscountRequestCart` model and the bodies of its create calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .add_checkout_discount_request_cart_discounts_item import (
    AddCheckoutDiscountRequestCartDiscountsItem,
    AddCheckoutDiscountRequestCartDiscountsItemCreate,
)
from .add_checkout_discount_request_cart_line_items_item import (
    AddCheckoutDiscountRequestCartLineItemsItem,
    AddCheckoutDiscountRequestCartLineItemsItemCreate,
)


class AddCheckoutDiscountRequestCart(ApiModel):
    """`AddCheckoutDiscountRequestCart`: an object of the v3 API. Every field is optional;
    unknown fields are kept.
    """

    discounts: list[AddCheckoutDiscountRequestCartDiscountsItem] | None = None
    line_items: list[AddCheckoutDiscountRequestCartLineItemsItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class AddCheckoutDiscountRequestCartCreate(TypedDict, total=False):
    """The fields to create a `AddCheckoutDiscountRequestCart` with; unknown keys are sent as
    given, with an `UnknownArgumentWarning`.
    """

    discounts: list[AddCheckoutDiscountRequestCartDiscountsItemCreate]
    line_items: list[AddCheckoutDiscountRequestCartLineItemsItemCreate]
    version: int
