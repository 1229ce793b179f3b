# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsCoupons` resource (v3)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.checkout import Checkout
from ..models.coupon_code_request import CouponCodeRequestCreate
from ..models.delete_coupon_code_request import DeleteCouponCodeRequestCreate


class V3CheckoutsCoupons(NodeResource):
    """`api.checkouts.coupons` (v3): create, delete."""

    _version = "v3"

    def create(self, checkout_id: str, body: CouponCodeRequestCreate, /) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/coupons` (addCheckoutCoupon)."""
        return self._one(
            Checkout,
            "POST",
            f"checkouts/{segment(checkout_id)}/coupons",
            {},
            None,
            body=body,
            body_type=CouponCodeRequestCreate,
            envelope=True,
        )

    def delete(
        self, checkout_id: str, coupon_code: str, body: DeleteCouponCodeRequestCreate, /
    ) -> Checkout:
        """`DELETE /v3/checkouts/{checkout_id}/coupons/{coupon_code}` (deleteCheckoutCoupon)."""
        return self._one(
            Checkout,
            "DELETE",
            f"checkouts/{segment(checkout_id)}/coupons/{segment(coupon_code)}",
            {},
            None,
            body=body,
            body_type=DeleteCouponCodeRequestCreate,
            envelope=True,
        )
