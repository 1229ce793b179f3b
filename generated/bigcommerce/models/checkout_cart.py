# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCart` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_cart_coupons_item import (
    CheckoutCartCouponsItem,
    CheckoutCartCouponsItemCreate,
    CheckoutCartCouponsItemUpdate,
)
from .checkout_cart_currency import (
    CheckoutCartCurrency,
    CheckoutCartCurrencyCreate,
    CheckoutCartCurrencyUpdate,
)
from .checkout_cart_discounts_item import (
    CheckoutCartDiscountsItem,
    CheckoutCartDiscountsItemCreate,
    CheckoutCartDiscountsItemUpdate,
)
from .checkout_cart_line_items import (
    CheckoutCartLineItems,
    CheckoutCartLineItemsCreate,
    CheckoutCartLineItemsUpdate,
)


class CheckoutCart(ApiModel):
    """`CheckoutCart`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    customer_id: int | None = None
    email: str | None = None
    currency: CheckoutCartCurrency | None = None
    tax_included: bool | None = None
    base_amount: float | None = None
    channel_id: float | None = None
    discount_amount: float | None = None
    cart_amount_inc_tax: float | None = None
    cart_amount_ex_tax: float | None = None
    coupons: list[CheckoutCartCouponsItem] | None = None
    discounts: list[CheckoutCartDiscountsItem] | None = None
    line_items: CheckoutCartLineItems | None = None
    created_time: str | None = None
    updated_time: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCart` with; unknown keys are refused."""

    id: str
    customer_id: int
    email: str
    currency: CheckoutCartCurrencyCreate
    tax_included: bool
    base_amount: float
    channel_id: float
    discount_amount: float
    cart_amount_inc_tax: float
    cart_amount_ex_tax: float
    coupons: list[CheckoutCartCouponsItemCreate]
    discounts: list[CheckoutCartDiscountsItemCreate]
    line_items: CheckoutCartLineItemsCreate
    created_time: str
    updated_time: str


@with_config(REQUEST_CONFIG)
class CheckoutCartUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCart` with; unknown keys are refused."""

    id: str
    customer_id: int
    email: str
    currency: CheckoutCartCurrencyUpdate
    tax_included: bool
    base_amount: float
    channel_id: float
    discount_amount: float
    cart_amount_inc_tax: float
    cart_amount_ex_tax: float
    coupons: list[CheckoutCartCouponsItemUpdate]
    discounts: list[CheckoutCartDiscountsItemUpdate]
    line_items: CheckoutCartLineItemsUpdate
    created_time: str
    updated_time: str
