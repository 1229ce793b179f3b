# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItem` model."""

from __future__ import annotations

from typing import Any

from .._model import ApiModel
from .checkout_consignments_item_address import CheckoutConsignmentsItemAddress
from .checkout_consignments_item_available_shipping_options_item import (
    CheckoutConsignmentsItemAvailableShippingOptionsItem,
)
from .checkout_consignments_item_coupon_discounts_item import (
    CheckoutConsignmentsItemCouponDiscountsItem,
)
from .checkout_consignments_item_discounts_item import CheckoutConsignmentsItemDiscountsItem
from .checkout_consignments_item_selected_shipping_option import (
    CheckoutConsignmentsItemSelectedShippingOption,
)
from .checkouts_v3_pickup_option import CheckoutsV3PickupOption


class CheckoutConsignmentsItem(ApiModel):
    """`CheckoutConsignmentsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    id: str | None = None
    shippingAddress: dict[str, Any] | None = None
    address: CheckoutConsignmentsItemAddress | None = None
    available_shipping_options: (
        list[CheckoutConsignmentsItemAvailableShippingOptionsItem] | None
    ) = None
    selected_shipping_option: CheckoutConsignmentsItemSelectedShippingOption | None = None
    coupon_discounts: list[CheckoutConsignmentsItemCouponDiscountsItem] | None = None
    discounts: list[CheckoutConsignmentsItemDiscountsItem] | None = None
    shipping_cost_inc_tax: int | float | None = None
    shipping_cost_ex_tax: int | float | None = None
    handling_cost_inc_tax: int | float | None = None
    handling_cost_ex_tax: int | float | None = None
    line_item_ids: list[str] | None = None
    selected_pickup_option: CheckoutsV3PickupOption | None = None
