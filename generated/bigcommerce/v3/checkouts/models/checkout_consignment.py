# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignment` model."""

from __future__ import annotations

from typing import Any

from ...._model import ApiModel
from .checkout_available_shipping_option import CheckoutAvailableShippingOption
from .checkout_billing_address import CheckoutBillingAddress
from .checkout_consignment_coupon_discount import CheckoutConsignmentCouponDiscount
from .order import Order
from .pickup_option import PickupOption


class CheckoutConsignment(ApiModel):
    """`CheckoutConsignment`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: str | None = None
    shippingAddress: dict[str, Any] | None = None
    address: CheckoutBillingAddress | None = None
    available_shipping_options: list[CheckoutAvailableShippingOption] | None = None
    selected_shipping_option: CheckoutAvailableShippingOption | None = None
    coupon_discounts: list[CheckoutConsignmentCouponDiscount] | None = None
    discounts: list[Order] | None = None
    shipping_cost_inc_tax: int | float | None = None
    shipping_cost_ex_tax: int | float | None = None
    handling_cost_inc_tax: int | float | None = None
    handling_cost_ex_tax: int | float | None = None
    line_item_ids: list[str] | None = None
    selected_pickup_option: PickupOption | None = None
