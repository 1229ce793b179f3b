# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShipments` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._resource import Resource
from ..models.order_shipment import OrderShipment, OrderShipmentCreate, OrderShipmentUpdate


@with_config(REQUEST_CONFIG)
class OrderShipmentsFilters(TypedDict, total=False):
    """Query filters of `OrderShipments`; unknown keys are refused."""

    page: int
    limit: int


class OrderShipments(Resource):
    """`orders/{order_id}/shipments` (v2): all, iterall, get, create, update, delete, delete_all,
    count.
    """

    def all(
        self, parentid: Id | None = None, **filters: Unpack[OrderShipmentsFilters]
    ) -> list[OrderShipment]:
        """One page of OrderShipment objects: `GET orders/{parentid}/shipments`."""
        return self._list(
            OrderShipment,
            f"orders/{segment(parentid)}/shipments" if parentid is not None else "orders/shipments",
            filters,
            OrderShipmentsFilters,
            parentid,
        )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        **filters: Unpack[OrderShipmentsFilters],
    ) -> Iterator[OrderShipment]:
        """Every OrderShipment of `GET orders/{parentid}/shipments`, page after page, one page in
        memory at a time. `prefetch=N` fetches up to N more pages ahead, in the background.
        """
        return self._iterate(
            OrderShipment,
            f"orders/{segment(parentid)}/shipments" if parentid is not None else "orders/shipments",
            filters,
            OrderShipmentsFilters,
            parentid,
            prefetch=prefetch,
            count_path=f"orders/{segment(parentid)}/shipments/count"
            if parentid is not None
            else "orders/shipments/count",
        )

    def get(self, parentid: Id, id: Id, /) -> OrderShipment:
        """One OrderShipment by id: `GET orders/{parentid}/shipments/{id}`."""
        return self._get(
            OrderShipment, f"orders/{segment(parentid)}/shipments/{segment(id)}", parentid
        )

    def create(self, parentid: Id, /, **fields: Unpack[OrderShipmentCreate]) -> OrderShipment:
        """Create a OrderShipment: `POST orders/{parentid}/shipments`; returns it as stored."""
        return self._write(
            OrderShipment,
            "POST",
            f"orders/{segment(parentid)}/shipments",
            fields,
            OrderShipmentCreate,
            parentid,
        )

    def update(
        self, parentid: Id, id: Id, /, **fields: Unpack[OrderShipmentUpdate]
    ) -> OrderShipment:
        """Change a OrderShipment: `PUT orders/{parentid}/shipments/{id}`; returns it as stored."""
        return self._write(
            OrderShipment,
            "PUT",
            f"orders/{segment(parentid)}/shipments/{segment(id)}",
            fields,
            OrderShipmentUpdate,
            parentid,
        )

    def delete(self, parentid: Id, id: Id, /) -> None:
        """Delete one OrderShipment: `DELETE orders/{parentid}/shipments/{id}`."""
        return self._delete(f"orders/{segment(parentid)}/shipments/{segment(id)}")

    def delete_all(self, parentid: Id, /) -> None:
        """Delete every OrderShipment: `DELETE orders/{parentid}/shipments`."""
        return self._delete(f"orders/{segment(parentid)}/shipments")

    def count(self, parentid: Id | None = None, **filters: Unpack[OrderShipmentsFilters]) -> int:
        """How many OrderShipment objects match: `GET orders/{parentid}/shipments/count`."""
        return self._count(
            f"orders/{segment(parentid)}/shipments/count"
            if parentid is not None
            else "orders/shipments/count",
            filters,
            OrderShipmentsFilters,
        )
