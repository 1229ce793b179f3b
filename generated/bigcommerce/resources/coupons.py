# Generated from spec/v2/coupons.yaml by codegen (`make generate`); do not edit.
"""The `Coupons` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.coupon import Coupon, CouponCreate, CouponUpdate


@with_config(REQUEST_CONFIG)
class CouponsFilters(TypedDict, total=False):
    """Query filters of `Coupons`; unknown keys are refused."""

    id: int
    min_id: int
    max_id: int
    code: str
    name: str
    type: Literal[
        "per_item_discount",
        "percentage_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "promotion",
    ]
    exclude_type: Literal[
        "per_item_discount",
        "percentage_discount",
        "per_total_discount",
        "shipping_discount",
        "free_shipping",
        "promotion",
    ]
    page: int
    limit: int


class Coupons(Resource):
    """`coupons` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[CouponsFilters]) -> list[Coupon]:
        """One page of Coupon objects: `GET coupons`."""
        return self._list(Coupon, "coupons", filters, CouponsFilters)

    def iterall(self, *, prefetch: int = 0, **filters: Unpack[CouponsFilters]) -> Iterator[Coupon]:
        """Every Coupon of `GET coupons`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Coupon,
            "coupons",
            filters,
            CouponsFilters,
            prefetch=prefetch,
            count_path="coupons/count",
        )

    def get(self, id: Id, /) -> Coupon:
        """One Coupon by id: `GET coupons/{id}`."""
        return self._get(Coupon, f"coupons/{segment(id)}")

    def create(self, **fields: Unpack[CouponCreate]) -> Coupon:
        """Create a Coupon: `POST coupons`; returns it as stored."""
        return self._write(Coupon, "POST", "coupons", fields, CouponCreate)

    def update(self, id: Id, /, **fields: Unpack[CouponUpdate]) -> Coupon:
        """Change a Coupon: `PUT coupons/{id}`; returns it as stored."""
        return self._write(Coupon, "PUT", f"coupons/{segment(id)}", fields, CouponUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Coupon: `DELETE coupons/{id}`."""
        return self._delete(f"coupons/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Coupon: `DELETE coupons`."""
        return self._delete("coupons")

    def count(self, **filters: Unpack[CouponsFilters]) -> int:
        """How many Coupon objects match: `GET coupons/count`."""
        return self._count("coupons/count", filters, CouponsFilters)
