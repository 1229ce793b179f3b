# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `CheckoutConsignmentsItemCouponDiscountsItem` model and the bodies of its create and
update calls.
"""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import TypedDict

from .._model import REQUEST_CONFIG, ApiModel


class CheckoutConsignmentsItemCouponDiscountsItem(ApiModel):
    """`CheckoutConsignmentsItemCouponDiscountsItem`: an object of the v3 API. Every field is
    optional; unknown fields are kept.
    """

    code: str | None = None
    amount: float | None = None


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemCouponDiscountsItemCreate(TypedDict, total=False):
    """The fields to create a `CheckoutConsignmentsItemCouponDiscountsItem` with; unknown keys
    are refused.
    """

    code: str
    amount: float


@with_config(REQUEST_CONFIG)
class CheckoutConsignmentsItemCouponDiscountsItemUpdate(TypedDict, total=False):
    """The fields to update a `CheckoutConsignmentsItemCouponDiscountsItem` with; unknown keys
    are refused.
    """

    code: str
    amount: float
