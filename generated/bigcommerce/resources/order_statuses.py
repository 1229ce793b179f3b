# Generated from spec/v2/order_statuses.yaml by codegen (`make generate`); do not edit.
"""The `OrderStatuses` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order_status import OrderStatus


@with_config(REQUEST_CONFIG)
class OrderStatusesFilters(TypedDict, total=False):
    """Query filters of `OrderStatuses`; unknown keys are refused."""


class OrderStatuses(Resource):
    """`order_statuses` (v2): all, iterall, get."""

    def all(self, **filters: Unpack[OrderStatusesFilters]) -> list[OrderStatus]:
        """One page of OrderStatus objects: `GET order_statuses`."""
        return self._list(OrderStatus, "order_statuses", filters, OrderStatusesFilters)

    def iterall(self, **filters: Unpack[OrderStatusesFilters]) -> Iterator[OrderStatus]:
        """Every OrderStatus of `GET order_statuses`, page after page, one page in memory at a
        time.
        """
        return self._iterate_unpaged(OrderStatus, "order_statuses", filters, OrderStatusesFilters)

    def get(self, id: Id, /) -> OrderStatus:
        """One OrderStatus by id: `GET order_statuses/{id}`."""
        return self._get(OrderStatus, f"order_statuses/{segment(id)}")
