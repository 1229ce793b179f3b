# Generated from spec/v2/orders.yaml by codegen (`make generate`); do not edit.
"""The `OrderShipments` resource (v2)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._query import Id, segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from .._resource import Resource
from ..models.order_shipment import OrderShipment, OrderShipmentCreate, OrderShipmentUpdate


@with_config(REQUEST_CONFIG)
class OrderShipmentsFilters(TypedDict, total=False):
    """Query filters of `OrderShipments`; unknown keys are sent as given, with an
    `UnknownArgumentWarning`.
    """

    page: int
    limit: int


class OrderShipments(Resource):
    """`orders/{order_id}/shipments` (v2): all, iterall, get, create, update, delete, delete_all,
    count.
    """

    _op_all: ClassVar[Operation[list[OrderShipment]]] = Operation(
        method="GET",
        path="orders/{parentid}/shipments",
        version="v2",
        result="many",
        model=OrderShipment,
        query_type=OrderShipmentsFilters,
    )

    def all(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderShipmentsFilters],
    ) -> list[OrderShipment]:
        """One page of OrderShipment objects: `GET /v2/orders/{parentid}/shipments`.

        Returns one page of `OrderShipment` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/shipments`.
            filters: the query parameters (`OrderShipmentsFilters`).
        """
        return self._call(
            self._op_all,
            f"orders/{segment(parentid)}/shipments" if parentid is not None else "orders/shipments",
            query=filters,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[OrderShipment]]] = Operation(
        method="GET",
        path="orders/{parentid}/shipments",
        version="v2",
        result="pages",
        model=OrderShipment,
        query_type=OrderShipmentsFilters,
        pagination="page",
    )

    def iterall(
        self,
        parentid: Id | None = None,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderShipmentsFilters],
    ) -> Iterator[OrderShipment]:
        """Every OrderShipment of `GET /v2/orders/{parentid}/shipments`, page after page.

        Yields every `OrderShipment` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET /v2/orders/shipments`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            filters: the query parameters (`OrderShipmentsFilters`).
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(parentid)}/shipments" if parentid is not None else "orders/shipments",
            query=filters,
            prefetch=prefetch,
            count_path=f"orders/{segment(parentid)}/shipments/count"
            if parentid is not None
            else "orders/shipments/count",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[OrderShipment]] = Operation(
        method="GET",
        path="orders/{parentid}/shipments/{id}",
        version="v2",
        result="one",
        model=OrderShipment,
    )

    def get(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> OrderShipment:
        """One OrderShipment by id: `GET /v2/orders/{parentid}/shipments/{id}`.

        Returns one `OrderShipment`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(parentid)}/shipments/{segment(id)}",
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[OrderShipment]] = Operation(
        method="POST",
        path="orders/{parentid}/shipments",
        version="v2",
        result="one",
        model=OrderShipment,
        body_type=OrderShipmentCreate,
    )

    def create(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OrderShipmentCreate],
    ) -> OrderShipment:
        """Create a OrderShipment: `POST /v2/orders/{parentid}/shipments`; returns it as stored.

        Returns one `OrderShipment`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            fields: the fields (`OrderShipmentCreate`), as keyword arguments.
        """
        return self._call(
            self._op_create,
            f"orders/{segment(parentid)}/shipments",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[OrderShipment]] = Operation(
        method="PUT",
        path="orders/{parentid}/shipments/{id}",
        version="v2",
        result="one",
        model=OrderShipment,
        body_type=OrderShipmentUpdate,
    )

    def update(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **fields: Unpack[OrderShipmentUpdate],
    ) -> OrderShipment:
        """Change a OrderShipment: `PUT /v2/orders/{parentid}/shipments/{id}`; returns it as stored.

        Returns one `OrderShipment`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
            fields: the fields (`OrderShipmentUpdate`), as keyword arguments.
        """
        return self._call(
            self._op_update,
            f"orders/{segment(parentid)}/shipments/{segment(id)}",
            body=fields,
            parent=parentid,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE", path="orders/{parentid}/shipments/{id}", version="v2", result="answer"
    )

    def delete(
        self,
        parentid: Id,
        id: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> dict[str, Any]:
        """Delete one OrderShipment: `DELETE /v2/orders/{parentid}/shipments/{id}`; returns the
        answer, `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            id: `Id`, the path's `{id}`.
        """
        return self._call(
            self._op_delete,
            f"orders/{segment(parentid)}/shipments/{segment(id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[dict[str, Any]]] = Operation(
        method="DELETE",
        path="orders/{parentid}/shipments",
        version="v2",
        result="answer",
        query_type=OrderShipmentsFilters,
    )

    def delete_all(
        self,
        parentid: Id,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderShipmentsFilters],
    ) -> dict[str, Any]:
        """Delete every OrderShipment: `DELETE /v2/orders/{parentid}/shipments`; returns the answer,
        `{}` when it is empty.

        Returns `dict[str, Any]`.

        Args:
            parentid: `Id`, the path's `{parentid}`.
            filters: the query parameters (`OrderShipmentsFilters`).
        """
        return self._call(
            self._op_delete_all,
            f"orders/{segment(parentid)}/shipments",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_count: ClassVar[Operation[int]] = Operation(
        method="GET",
        path="orders/{parentid}/shipments/count",
        version="v2",
        result="count",
        query_type=OrderShipmentsFilters,
    )

    def count(
        self,
        parentid: Id | None = None,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **filters: Unpack[OrderShipmentsFilters],
    ) -> int:
        """How many OrderShipment objects match: `GET /v2/orders/{parentid}/shipments/count`.

        Returns `int`.

        Args:
            parentid: `Id`, the path's `{parentid}`; without it: `GET
                /v2/orders/shipments/count`.
            filters: the query parameters (`OrderShipmentsFilters`).
        """
        return self._call(
            self._op_count,
            f"orders/{segment(parentid)}/shipments/count"
            if parentid is not None
            else "orders/shipments/count",
            query=filters,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
