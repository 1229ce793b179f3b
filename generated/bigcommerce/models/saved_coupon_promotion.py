# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `SavedCouponPromotion` model."""

from __future__ import annotations

from .._model import ApiModel
from .address_matcher import AddressMatcher
from .availability_by_week_day import AvailabilityByWeekDay
from .channel import Channel
from .coupon_code import CouponCode
from .customer_customer import CustomerCustomer
from .notification import Notification
from .rule import Rule
from .saved_coupon_promotion_multiple_codes import SavedCouponPromotionMultipleCodes


class SavedCouponPromotion(ApiModel):
    """`SavedCouponPromotion`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    id: int | None = None
    redemption_type: str | None = None
    name: str | None = None
    display_name: str | None = None
    channels: list[Channel] | None = None
    customer: CustomerCustomer | None = None
    rules: list[Rule] | None = None
    current_uses: int | None = None
    max_uses: int | None = None
    status: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    stop: bool | None = None
    can_be_used_with_other_promotions: bool | None = None
    currency_code: str | None = None
    notifications: list[Notification] | None = None
    shipping_address: AddressMatcher | None = None
    schedule: AvailabilityByWeekDay | None = None
    created_from: str | None = None
    codes: CouponCode | None = None
    coupon_overrides_other_promotions: bool | None = None
    coupon_overrides_automatic_when_offering_higher_discounts: bool | None = None
    multiple_codes: SavedCouponPromotionMultipleCodes | None = None
    coupon_type: str | None = None
