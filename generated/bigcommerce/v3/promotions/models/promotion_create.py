# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `V3PromotionCreate` model and the bodies of its create calls."""

from __future__ import annotations

from typing import Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict

from ...._model import REQUEST_CONFIG, ApiModel
from .address_matcher import AddressMatcher, AddressMatcherCreate
from .availability_by_week_day import AvailabilityByWeekDay, AvailabilityByWeekDayCreate
from .channel import Channel, ChannelCreate
from .coupon_code import CouponCode, CouponCodeCreate
from .notification import Notification, NotificationCreate
from .promotion_customer import PromotionCustomer, PromotionCustomerCreate
from .rule import Rule, RuleCreate


class V3PromotionCreate(ApiModel):
    """`V3PromotionCreate`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    redemption_type: str | None = None
    """Required to create and update. One of: `'COUPON'`, `'AUTOMATIC'`."""
    name: str | None = None
    """Required to create and update."""
    display_name: str | None = None
    channels: list[Channel] | None = None
    customer: PromotionCustomer | None = None
    rules: list[Rule] | None = None
    """Required to create and update."""
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
    """One of: `'SINGLE'`, `'BULK'`. Default `'SINGLE'`."""


@with_config(REQUEST_CONFIG)
class PromotionCreate(TypedDict, total=False):
    """A request body; unknown keys are sent as given, with an `UnknownArgumentWarning`. Keys
    marked `Required` are the ones the documents require.
    """

    redemption_type: Required[Literal["COUPON", "AUTOMATIC"]]
    name: Required[str]
    display_name: str
    channels: list[ChannelCreate]
    customer: PromotionCustomerCreate
    rules: Required[list[RuleCreate]]
    max_uses: int
    status: Literal["ENABLED", "DISABLED", "INVALID"]
    start_date: str
    end_date: str
    stop: bool
    can_be_used_with_other_promotions: bool
    """Default `true`."""
    currency_code: str
    notifications: list[NotificationCreate]
    shipping_address: AddressMatcherCreate
    schedule: AvailabilityByWeekDayCreate
    codes: CouponCodeCreate
    coupon_overrides_other_promotions: bool
    coupon_overrides_automatic_when_offering_higher_discounts: bool
    """Deprecated."""
    coupon_type: Literal["SINGLE", "BULK"]
    """Default `'SINGLE'`."""
