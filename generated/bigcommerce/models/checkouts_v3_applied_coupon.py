# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutsV3AppliedCoupon` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutsV3AppliedCoupon(ApiModel):
    """`CheckoutsV3AppliedCoupon`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    code: str | None = None
    id: int | None = None
    coupon_type: str | None = None
    display_name: str | None = None
    discounted_amount: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutsV3AppliedCouponCreate(TypedDict, total=False):
    """The fields to create a `CheckoutsV3AppliedCoupon` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    code: Required[str]
    id: int
    coupon_type: str
    display_name: str
    discounted_amount: float


@with_config(REQUEST_CONFIG)
class CheckoutsV3AppliedCouponUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutsV3AppliedCoupon` with; unknown keys are refused."""

    code: str
    id: int
    coupon_type: str
    display_name: str
    discounted_amount: float
