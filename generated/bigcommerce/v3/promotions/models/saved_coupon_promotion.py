# Generated from spec/imported/v3/promotions.yaml by codegen (`make generate`); do not edit.
"""The `SavedCouponPromotion` model."""

from __future__ import annotations

from ...._model import ApiModel
from .address_matcher import AddressMatcher
from .availability_by_week_day import AvailabilityByWeekDay
from .channel import Channel
from .coupon_code import CouponCode
from .notification import Notification
from .promotion_customer import PromotionCustomer
from .rule import Rule
from .saved_coupon_promotion_multiple_codes import SavedCouponPromotionMultipleCodes


class SavedCouponPromotion(ApiModel):
    """`SavedCouponPromotion`: an object of the v3 API. Every field but `id` is optional; unknown
    fields are kept. Answered by `api.promotions`: `all`, `create`, `get`, `update`.
    """

    id: int
    """Read-only: set by the API, never sent."""
    redemption_type: str | None = None
    """Required to create and update. One of: `'AUTOMATIC'`, `'COUPON'`."""
    name: str | None = None
    """Required to create and update."""
    display_name: str | None = None
    channels: list[Channel] | None = None
    """Required to create and update."""
    customer: PromotionCustomer | None = None
    """Required to create and update."""
    rules: list[Rule] | None = None
    """Required to create and update."""
    current_uses: int | None = None
    """Read-only: set by the API, never sent."""
    max_uses: int | None = None
    status: str | None = None
    """Required to create and update. One of: `'ENABLED'`, `'DISABLED'`, `'INVALID'`."""
    start_date: str | None = None
    """Required to create and update."""
    end_date: str | None = None
    stop: bool | None = None
    """Required to create and update."""
    can_be_used_with_other_promotions: bool | None = None
    """Required to create and update. Default `true`."""
    currency_code: str | None = None
    """Required to create and update."""
    notifications: list[Notification] | None = None
    """Required to create and update."""
    shipping_address: AddressMatcher | None = None
    schedule: AvailabilityByWeekDay | None = None
    created_from: str | None = None
    """Read-only: set by the API, never sent. One of: `'react_ui'`, `'legacy_ui'`, `'api'`."""
    codes: CouponCode | None = None
    coupon_overrides_other_promotions: bool | None = None
    coupon_overrides_automatic_when_offering_higher_discounts: bool | None = None
    """Deprecated."""
    multiple_codes: SavedCouponPromotionMultipleCodes | None = None
    coupon_type: str | None = None
    """One of: `'SINGLE'`, `'BULK'`."""
