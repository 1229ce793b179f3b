# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `Checkout` model."""

from __future__ import annotations

from ...._model import ApiModel
from .checkout_applied_coupon import CheckoutAppliedCoupon
from .checkout_billing_address import CheckoutBillingAddress
from .checkout_cart import CheckoutCart
from .checkout_consignment import CheckoutConsignment
from .checkout_fee import CheckoutFee
from .checkout_promotion import CheckoutPromotion
from .checkout_tax import CheckoutTax


class Checkout(ApiModel):
    """`Checkout`: an object of the v3 API. Every field is optional; unknown fields are kept.
    Answered by 13 calls of 6 resources, such as
    `api.checkouts.checkouts_fees_by_checkout_id_post`.
    """

    id: str | None = None
    cart: CheckoutCart | None = None
    billing_address: CheckoutBillingAddress | None = None
    consignments: list[CheckoutConsignment] | None = None
    taxes: list[CheckoutTax] | None = None
    coupons: list[CheckoutAppliedCoupon] | None = None
    fees: list[CheckoutFee] | None = None
    order_id: str | None = None
    """May be null."""
    shipping_cost_total_inc_tax: int | float | None = None
    shipping_cost_total_ex_tax: int | float | None = None
    handling_cost_total_inc_tax: int | float | None = None
    handling_cost_total_ex_tax: int | float | None = None
    tax_total: int | float | None = None
    subtotal_inc_tax: int | float | None = None
    subtotal_ex_tax: int | float | None = None
    grand_total: int | float | None = None
    created_time: str | None = None
    updated_time: str | None = None
    customer_message: str | None = None
    promotions: list[CheckoutPromotion] | None = None
    version: int | None = None
