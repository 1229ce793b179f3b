# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderCoupons` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order_coupon import OrderCoupon


@with_config(REQUEST_CONFIG)
class OrderCouponsFilters(TypedDict, total=False):
    """Query filters of `OrderCoupons`; unknown keys are refused."""

    page: int
    limit: int


class OrderCoupons(Resource):
    """`orders/{order_id}/coupons` (v2): all, iterall, get."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OrderCouponsFilters]
    ) -> list[OrderCoupon]:
        """One page of OrderCoupon objects: `GET orders/{parentid}/coupons`."""
        return self._list(
            OrderCoupon,
            f"orders/{segment(parentid)}/coupons" if parentid is not None else "orders/coupons",
            filters,
            OrderCouponsFilters,
            parentid,
        )

    def iterall(
        self, parentid: Id | None = None, **filters: Unpack[OrderCouponsFilters]
    ) -> Iterator[OrderCoupon]:
        """Every OrderCoupon of `GET orders/{parentid}/coupons`, page after page, one page in
        memory at a time.
        """
        return self._iterate(
            OrderCoupon,
            f"orders/{segment(parentid)}/coupons" if parentid is not None else "orders/coupons",
            filters,
            OrderCouponsFilters,
            parentid,
        )

    def get(self, parentid: Id, id: Id, /) -> OrderCoupon:
        """One OrderCoupon by id: `GET orders/{parentid}/coupons/{id}`."""
        return self._get(OrderCoupon, f"orders/{segment(parentid)}/coupons/{segment(id)}", parentid)
