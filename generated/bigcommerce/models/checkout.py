# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `Checkout` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_billing_address import (
    CheckoutBillingAddress,
    CheckoutBillingAddressCreate,
    CheckoutBillingAddressUpdate,
)
from .checkout_cart import CheckoutCart, CheckoutCartCreate, CheckoutCartUpdate
from .checkout_consignments_item import (
    CheckoutConsignmentsItem,
    CheckoutConsignmentsItemCreate,
    CheckoutConsignmentsItemUpdate,
)
from .checkout_fee import CheckoutFee, CheckoutFeeCreate, CheckoutFeeUpdate
from .checkout_promotions_item import (
    CheckoutPromotionsItem,
    CheckoutPromotionsItemCreate,
    CheckoutPromotionsItemUpdate,
)
from .checkout_taxes_item import CheckoutTaxesItem, CheckoutTaxesItemCreate, CheckoutTaxesItemUpdate
from .checkouts_v3_applied_coupon import (
    CheckoutsV3AppliedCoupon,
    CheckoutsV3AppliedCouponCreate,
    CheckoutsV3AppliedCouponUpdate,
)


class Checkout(ApiModel):
    """`Checkout`: an object of the v3 API. Every field is optional; unknown fields are kept."""

    id: str | None = None
    cart: CheckoutCart | None = None
    billing_address: CheckoutBillingAddress | None = None
    consignments: list[CheckoutConsignmentsItem] | None = None
    taxes: list[CheckoutTaxesItem] | None = None
    coupons: list[CheckoutsV3AppliedCoupon] | None = None
    fees: list[CheckoutFee] | None = None
    order_id: str | None = None
    shipping_cost_total_inc_tax: float | None = None
    shipping_cost_total_ex_tax: float | None = None
    handling_cost_total_inc_tax: float | None = None
    handling_cost_total_ex_tax: float | None = None
    tax_total: float | None = None
    subtotal_inc_tax: float | None = None
    subtotal_ex_tax: float | None = None
    grand_total: float | None = None
    created_time: str | None = None
    updated_time: str | None = None
    customer_message: str | None = None
    promotions: list[CheckoutPromotionsItem] | None = None
    version: int | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCreate(TypedDict, total=False):
    """The fields to create a `Checkout` with; unknown keys are refused."""

    id: str
    cart: CheckoutCartCreate
    billing_address: CheckoutBillingAddressCreate
    consignments: list[CheckoutConsignmentsItemCreate]
    taxes: list[CheckoutTaxesItemCreate]
    coupons: list[CheckoutsV3AppliedCouponCreate]
    fees: list[CheckoutFeeCreate]
    order_id: str | None
    shipping_cost_total_inc_tax: float
    shipping_cost_total_ex_tax: float
    handling_cost_total_inc_tax: float
    handling_cost_total_ex_tax: float
    tax_total: float
    subtotal_inc_tax: float
    subtotal_ex_tax: float
    grand_total: float
    created_time: str
    updated_time: str
    customer_message: str
    promotions: list[CheckoutPromotionsItemCreate]
    version: int


@with_config(REQUEST_CONFIG)
class CheckoutUpdate(TypedDict, total=False):
    """The fields to update a `Checkout` with; unknown keys are refused."""

    id: str
    cart: CheckoutCartUpdate
    billing_address: CheckoutBillingAddressUpdate
    consignments: list[CheckoutConsignmentsItemUpdate]
    taxes: list[CheckoutTaxesItemUpdate]
    coupons: list[CheckoutsV3AppliedCouponUpdate]
    fees: list[CheckoutFeeUpdate]
    order_id: str | None
    shipping_cost_total_inc_tax: float
    shipping_cost_total_ex_tax: float
    handling_cost_total_inc_tax: float
    handling_cost_total_ex_tax: float
    tax_total: float
    subtotal_inc_tax: float
    subtotal_ex_tax: float
    grand_total: float
    created_time: str
    updated_time: str
    customer_message: str
    promotions: list[CheckoutPromotionsItemUpdate]
    version: int
