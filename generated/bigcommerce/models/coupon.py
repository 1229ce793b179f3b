# Generated from spec/v2/coupons.yaml by codegen (`make generate`); do not edit.
"""The `Coupon` model and the bodies of its create and update calls."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG, ApiModel
from .._types import Rfc2822DateTime
from .coupon_applies_to import CouponAppliesTo, CouponAppliesToCreate, CouponAppliesToUpdate
from .coupon_restricted_to import (
    CouponRestrictedTo,
    CouponRestrictedToCreate,
    CouponRestrictedToUpdate,
)


class Coupon(ApiModel):
    """`Coupon`: an object of the v2 `Coupons` resource. Every field but `id` is optional;
    unknown fields are kept.
    """

    id: int
    """Read-only: set by the API, never sent."""
    date_created: str | None = None
    """Read-only: set by the API, never sent."""
    num_uses: int | None = None
    """Read-only: set by the API, never sent."""
    name: str | None = None
    """Required to create."""
    type: str | None = None
    """Required to create. One of: `'per_item_discount'`, `'per_total_discount'`,
    `'shipping_discount'`, `'free_shipping'`, `'percentage_discount'`, `'promotion'`.
    """
    amount: str | None = None
    """Required to create."""
    min_purchase: str | None = None
    expires: str | None = None
    enabled: bool | None = None
    code: str | None = None
    """Required to create."""
    applies_to: CouponAppliesTo | None = None
    """Required to create."""
    max_uses: int | None = None
    max_uses_per_customer: int | None = None
    restricted_to: CouponRestrictedTo | None = None
    shipping_methods: list[str] | None = None

    def update(self, **fields: Unpack[CouponUpdate]) -> Coupon:
        """Change this object on the server; returns it as stored (this one is left as it was)."""
        from ..resources.coupons import Coupons

        return self._resource(Coupons).update(self._own_id(), **fields)

    def delete(self) -> dict[str, Any]:
        """Delete this object on the server; returns the answer's JSON object, `{}` when the
        answer has no body (as the old client did)."""
        from ..resources.coupons import Coupons

        return self._resource(Coupons).delete(self._own_id())


@with_config(REQUEST_CONFIG)
class CouponCreate(TypedDict, total=False):
    """The fields to create a `Coupon` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`. Keys marked `Required` are the ones the documents require.
    """

    name: Required[str]
    type: Required[
        Literal[
            "per_item_discount",
            "per_total_discount",
            "shipping_discount",
            "free_shipping",
            "percentage_discount",
            "promotion",
        ]
    ]
    amount: Required[Decimal | float | int | str]
    min_purchase: Decimal | float | int | str
    expires: Rfc2822DateTime | str
    enabled: bool
    code: Required[str]
    applies_to: Required[CouponAppliesToCreate]
    max_uses: int
    max_uses_per_customer: int
    restricted_to: CouponRestrictedToCreate
    shipping_methods: list[str]


@with_config(REQUEST_CONFIG)
class CouponUpdate(TypedDict, total=False):
    """The fields to update a `Coupon` with; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    name: str
    type: Literal[
        "per_item_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "percentage_discount",
        "promotion",
    ]
    amount: Decimal | float | int | str
    min_purchase: Decimal | float | int | str
    expires: Rfc2822DateTime | str
    enabled: bool
    code: str
    applies_to: CouponAppliesToUpdate
    max_uses: int
    max_uses_per_customer: int
    restricted_to: CouponRestrictedToUpdate
    shipping_methods: list[str]
