# Generated from spec/imported/v3/carts.yaml by codegen (`make generate`); do not edit.
"""The `CartsV3AppliedCoupon` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CartsV3AppliedCoupon(ApiModel):
    """`CartsV3AppliedCoupon`: an object of the v3 API. Every field is optional; unknown fields
    are kept.
    """

    code: str | None = None
    id: str | None = None
    coupon_type: str | None = None
    discounted_amount: float | None = None
    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class CartsV3AppliedCouponCreate(TypedDict, total=False):
    """The fields to create a `CartsV3AppliedCoupon` with; unknown keys are refused. Keys marked
    `Required` must be given.
    """

    code: Required[str]
    display_name: str


@with_config(REQUEST_CONFIG)
class CartsV3AppliedCouponUpdate(TypedDict, total=False):
    """The fields to update a `CartsV3AppliedCoupon` with; unknown keys are refused."""

    code: str
    display_name: str
