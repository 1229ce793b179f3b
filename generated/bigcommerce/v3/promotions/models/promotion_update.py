# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionUpdate` model and the bodies of its update calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .address_matcher import AddressMatcher, AddressMatcherUpdate
from .availability_by_week_day import AvailabilityByWeekDay, AvailabilityByWeekDayUpdate
from .channel import Channel, ChannelUpdate
from .coupon_code import CouponCode, CouponCodeUpdate
from .notification import Notification, NotificationUpdate
from .promotion_customer import PromotionCustomer, PromotionCustomerUpdate
from .rule import Rule, RuleUpdate


class V3PromotionUpdate(ApiModel):
    """`V3PromotionUpdate`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    redemption_type: str | None = None
    """Read-only: set by the API, never sent. One of: `'AUTOMATIC'`, `'COUPON'`."""
    name: str | None = None
    display_name: str | None = None
    channels: list[Channel] | None = None
    customer: PromotionCustomer | None = None
    rules: list[Rule] | None = None
    current_uses: int | None = None
    """Read-only: set by the API, never sent."""
    max_uses: int | None = None
    status: str | None = None
    """One of: `'ENABLED'`, `'DISABLED'`, `'INVALID'`."""
    start_date: str | None = None
    end_date: str | None = None
    stop: bool | None = None
    can_be_used_with_other_promotions: bool | None = None
    """Default `true`."""
    currency_code: str | None = None
    notifications: list[Notification] | None = None
    shipping_address: AddressMatcher | None = None
    schedule: AvailabilityByWeekDay | None = None
    codes: CouponCode | None = None
    coupon_overrides_other_promotions: bool | None = None
    coupon_overrides_automatic_when_offering_higher_discounts: bool | None = None
    """Deprecated."""
    coupon_type: str | None = None
    """One of: `'SINGLE'`, `'BULK'`."""


@with_config(REQUEST_CONFIG)
class PromotionUpdate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`."""

    name: str
    display_name: str
    channels: list[ChannelUpdate]
    customer: PromotionCustomerUpdate
    rules: list[RuleUpdate]
    max_uses: int
    status: Literal["ENABLED", "DISABLED", "INVALID"]
    start_date: str
    end_date: str
    stop: bool
    can_be_used_with_other_promotions: bool
    """Default `true`."""
    currency_code: str
    notifications: list[NotificationUpdate]
    shipping_address: AddressMatcherUpdate
    schedule: AvailabilityByWeekDayUpdate
    codes: CouponCodeUpdate
    coupon_overrides_other_promotions: bool
    coupon_overrides_automatic_when_offering_higher_discounts: bool
    """Deprecated."""
    coupon_type: Literal["SINGLE", "BULK"]
