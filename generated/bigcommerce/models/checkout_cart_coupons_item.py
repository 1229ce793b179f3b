# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutCartCouponsItem` model and the bodies of its create and update calls."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutCartCouponsItem(ApiModel):
    """`CheckoutCartCouponsItem`: an object of the v3 API. Every field is optional; unknown
    fields are kept.
    """

    code: str | None = None
    id: int | None = None
    coupon_type: str | None = None
    discounted_amount: float | None = None
    display_name: str | None = None


@with_config(REQUEST_CONFIG)
class CheckoutCartCouponsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutCartCouponsItem` with; unknown keys are refused. Keys
    marked `Required` must be given.
    """

    code: Required[str]
    id: int
    coupon_type: str
    discounted_amount: float
    display_name: str


@with_config(REQUEST_CONFIG)
class CheckoutCartCouponsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutCartCouponsItem` with; unknown keys are refused."""

    code: str
    id: int
    coupon_type: str
    discounted_amount: float
    display_name: str
