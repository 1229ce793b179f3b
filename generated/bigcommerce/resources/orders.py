# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `Orders` resource (v2)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order import Order, OrderCreate, OrderUpdate


@with_config(REQUEST_CONFIG)
class OrdersFilters(TypedDict, total=False):
    """Query filters of `Orders`; unknown keys are refused."""

    id: int
    min_id: int
    max_id: int
    total: Decimal | float | int | str
    min_total: Decimal | float | int | str
    max_total: Decimal | float | int | str
    customer_id: int
    email: str
    status_id: int
    cart_id: str
    payment_method: str
    date_created: _dt.datetime | _dt.date | str
    min_date_created: _dt.datetime | _dt.date | str
    max_date_created: _dt.datetime | _dt.date | str
    date_modified: _dt.datetime | _dt.date | str
    min_date_modified: _dt.datetime | _dt.date | str
    max_date_modified: _dt.datetime | _dt.date | str
    channel_id: int
    external_order_id: str
    sort: Literal[
        "id",
        "id:asc",
        "id:desc",
        "customer_id",
        "customer_id:asc",
        "customer_id:desc",
        "date_created",
        "date_created:asc",
        "date_created:desc",
        "date_modified",
        "date_modified:asc",
        "date_modified:desc",
        "status_id",
        "status_id:asc",
        "status_id:desc",
        "channel_id",
        "channel_id:asc",
        "channel_id:desc",
        "external_id",
        "external_id:asc",
        "external_id:desc",
    ]
    include: list[str]
    consignment_structure: Literal["object"]
    page: int
    limit: int


class Orders(Resource):
    """`orders` (v2): all, iterall, get, create, update, delete, delete_all, count."""

    def all(self, **filters: Unpack[OrdersFilters]) -> list[Order]:
        """One page of Order objects: `GET orders`."""
        return self._list(Order, "orders", filters, OrdersFilters)

    def iterall(self, *, prefetch: int = 0, **filters: Unpack[OrdersFilters]) -> Iterator[Order]:
        """Every Order of `GET orders`, page after page, one page in memory at a time.
        `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            Order, "orders", filters, OrdersFilters, prefetch=prefetch, count_path="orders/count"
        )

    def get(self, id: Id, /) -> Order:
        """One Order by id: `GET orders/{id}`."""
        return self._get(Order, f"orders/{segment(id)}")

    def create(self, **fields: Unpack[OrderCreate]) -> Order:
        """Create a Order: `POST orders`; returns it as stored."""
        return self._write(Order, "POST", "orders", fields, OrderCreate)

    def update(self, id: Id, /, **fields: Unpack[OrderUpdate]) -> Order:
        """Change a Order: `PUT orders/{id}`; returns it as stored."""
        return self._write(Order, "PUT", f"orders/{segment(id)}", fields, OrderUpdate)

    def delete(self, id: Id, /) -> None:
        """Delete one Order: `DELETE orders/{id}`."""
        return self._delete(f"orders/{segment(id)}")

    def delete_all(self) -> None:
        """Delete every Order: `DELETE orders`."""
        return self._delete("orders")

    def count(self, **filters: Unpack[OrdersFilters]) -> int:
        """How many Order objects match: `GET orders/count`."""
        return self._count("orders/count", filters, OrdersFilters)
