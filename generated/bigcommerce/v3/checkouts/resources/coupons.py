# Generated from spec/imported/v3/checkouts.yaml by codegen (`make generate`); do not edit.
"""The `V3CheckoutsCoupons` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.delete_coupon_code_delete import DeleteCouponCodeDelete
from ..models.checkout import Checkout
from ..models.checkout_coupon_create import CheckoutCouponCreate


class V3CheckoutsCoupons(NodeResource):
    """`api.checkouts.coupons` (v3): create, delete."""

    _op_create: ClassVar[Operation[Checkout]] = Operation(
        method="POST",
        path="checkouts/{checkout_id}/coupons",
        version="v3",
        result="one",
        model=Checkout,
        body_type=CheckoutCouponCreate,
        envelope=True,
        operation_id="addCheckoutCoupon",
    )

    def create(
        self,
        checkout_id: str,
        body: CheckoutCouponCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`POST /v3/checkouts/{checkout_id}/coupons` (addCheckoutCoupon).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            body: `CheckoutCouponCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"checkouts/{segment(checkout_id)}/coupons",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[Checkout]] = Operation(
        method="DELETE",
        path="checkouts/{checkout_id}/coupons/{coupon_code}",
        version="v3",
        result="one",
        model=Checkout,
        body_type=DeleteCouponCodeDelete,
        envelope=True,
        operation_id="deleteCheckoutCoupon",
    )

    def delete(
        self,
        checkout_id: str,
        coupon_code: str,
        body: DeleteCouponCodeDelete,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Checkout:
        """`DELETE /v3/checkouts/{checkout_id}/coupons/{coupon_code}` (deleteCheckoutCoupon).

        Returns one `Checkout`.

        Args:
            checkout_id: `str`, the path's `{checkout_id}`.
            coupon_code: `str`, the path's `{coupon_code}`.
            body: `DeleteCouponCodeDelete`, the request body.
        """
        return self._call(
            self._op_delete,
            f"checkouts/{segment(checkout_id)}/coupons/{segment(coupon_code)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
