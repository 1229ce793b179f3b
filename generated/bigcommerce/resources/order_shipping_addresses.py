# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShippingAddresses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order_shipping_address import OrderShippingAddress


@with_config(REQUEST_CONFIG)
class OrderShippingAddressesFilters(TypedDict, total=False):
    """Query filters of `OrderShippingAddresses`; unknown keys are refused."""

    page: int
    limit: int


class OrderShippingAddresses(Resource):
    """`orders/{order_id}/shipping_addresses` (v2): all, iterall, get, count."""

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OrderShippingAddressesFilters]
    ) -> list[OrderShippingAddress]:
        """One page of OrderShippingAddress objects: `GET orders/{parentid}/shipping_addresses`."""
        return self._list(
            OrderShippingAddress,
            f"orders/{segment(parentid)}/shipping_addresses"
            if parentid is not None
            else "orders/shipping_addresses",
            filters,
            OrderShippingAddressesFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[OrderShippingAddressesFilters],
    ) -> Iterator[OrderShippingAddress]:
        """Every OrderShippingAddress of `GET orders/{parentid}/shipping_addresses`, page after
        page, one page in memory at a time. `prefetch=N` fetches up to N more pages ahead, in
        the background.
        """
        return self._iterate(
            OrderShippingAddress,
            f"orders/{segment(parentid)}/shipping_addresses"
            if parentid is not None
            else "orders/shipping_addresses",
            filters,
            OrderShippingAddressesFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"orders/{segment(parentid)}/shipping_addresses/count"
            if parentid is not None
            else "orders/shipping_addresses/count",
        )

    def get(self, parentid: Id, id: Id, /) -> OrderShippingAddress:
        """One OrderShippingAddress by id: `GET orders/{parentid}/shipping_addresses/{id}`."""
        return self._get(
            OrderShippingAddress,
            f"orders/{segment(parentid)}/shipping_addresses/{segment(id)}",
            parentid,
        )

    def count(
        self, parentid: Id | None = None, **filters: Unpack[OrderShippingAddressesFilters]
    ) -> int:
        """How many OrderShippingAddress objects match: `GET
        orders/{parentid}/shipping_addresses/count`.
        """
        return self._count(
            f"orders/{segment(parentid)}/shipping_addresses/count"
            if parentid is not None
            else "orders/shipping_addresses/count",
            filters,
            OrderShippingAddressesFilters,
        )
