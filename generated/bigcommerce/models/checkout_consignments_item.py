# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from typing import Any

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel
from .checkout_consignments_item_address import (
    CheckoutConsignmentsItemAddress,
    CheckoutConsignmentsItemAddressCreate,
    CheckoutConsignmentsItemAddressUpdate,
)
from .checkout_consignments_item_available_shipping_options_item import (
    CheckoutConsignmentsItemAvailableShippingOptionsItem,
    CheckoutConsignmentsItemAvailableShippingOptionsItemCreate,
    CheckoutConsignmentsItemAvailableShippingOptionsItemUpdate,
)
from .checkout_consignments_item_coupon_discounts_item import (
    CheckoutConsignmentsItemCouponDiscountsItem,
    CheckoutConsignmentsItemCouponDiscountsItemCreate,
    CheckoutConsignmentsItemCouponDiscountsItemUpdate,
)
from .checkout_consignments_item_discounts_item import (
    CheckoutConsignmentsItemDiscountsItem,
    CheckoutConsignmentsItemDiscountsItemCreate,
    CheckoutConsignmentsItemDiscountsItemUpdate,
)
from .checkout_consignments_item_selected_shipping_option import (
    CheckoutConsignmentsItemSelectedShippingOption,
    CheckoutConsignmentsItemSelectedShippingOptionCreate,
    CheckoutConsignmentsItemSelectedShippingOptionUpdate,
)
from .checkouts_v3_pickup_option import (
    CheckoutsV3PickupOption,
    CheckoutsV3PickupOptionCreate,
    CheckoutsV3PickupOptionUpdate,
)


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
    shipping_cost_inc_tax: float | None = None
    shipping_cost_ex_tax: float | None = None
    handling_cost_inc_tax: float | None = None
    handling_cost_ex_tax: float | None = None
    line_item_ids: list[str] | None = None
    selected_pickup_option: CheckoutsV3PickupOption | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentsItem` with; unknown keys are refused."""

    id: str
    shippingAddress: dict[str, Any]
    address: CheckoutConsignmentsItemAddressCreate
    available_shipping_options: list[CheckoutConsignmentsItemAvailableShippingOptionsItemCreate]
    selected_shipping_option: CheckoutConsignmentsItemSelectedShippingOptionCreate
    coupon_discounts: list[CheckoutConsignmentsItemCouponDiscountsItemCreate]
    discounts: list[CheckoutConsignmentsItemDiscountsItemCreate]
    shipping_cost_inc_tax: float
    shipping_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_ex_tax: float
    line_item_ids: list[str]
    selected_pickup_option: CheckoutsV3PickupOptionCreate


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentsItem` with; unknown keys are refused."""

    id: str
    shippingAddress: dict[str, Any]
    address: CheckoutConsignmentsItemAddressUpdate
    available_shipping_options: list[CheckoutConsignmentsItemAvailableShippingOptionsItemUpdate]
    selected_shipping_option: CheckoutConsignmentsItemSelectedShippingOptionUpdate
    coupon_discounts: list[CheckoutConsignmentsItemCouponDiscountsItemUpdate]
    discounts: list[CheckoutConsignmentsItemDiscountsItemUpdate]
    shipping_cost_inc_tax: float
    shipping_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_ex_tax: float
    line_item_ids: list[str]
    selected_pickup_option: CheckoutsV3PickupOptionUpdate
