# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.create_orders_metafields_request_item import CreateOrdersMetafieldsRequestItemCreate
from ..models.metafield_base_post import MetafieldBasePostCreate, MetafieldBasePostUpdate
from ..models.orders_v3_metafield import OrdersV3Metafield
from ..models.update_orders_metafields_request_item import UpdateOrdersMetafieldsRequestItemUpdate


@with_config(REQUEST_CONFIG)
class V3OrdersMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created: str
    date_created__max: str
    date_created__min: str
    date_modified: str
    date_modified__max: str
    date_modified__min: str
    direction: Literal["asc", "desc"]
    include_fields: list[
        Literal[
            "resource_id",
            "key",
            "value",
            "namespace",
            "permission_set",
            "resource_type",
            "description",
            "owner_client_id",
            "date_created",
            "date_modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


class V3OrdersMetafields(NodeResource):
    """`api.orders.metafields` (v3): all, iterall, create, create_many, delete, delete_many, get,
    update, update_many.
    """

    _version = "v3"

    def all(
        self, order_id: int | None = None, /, **query: Unpack[V3OrdersMetafieldsAllQuery]
    ) -> list[OrdersV3Metafield]:
        """`GET /v3/orders/{order_id}/metafields` (getOrderMetafields)."""
        return self._many(
            OrdersV3Metafield,
            "GET",
            f"orders/{segment(order_id)}/metafields"
            if order_id is not None
            else "orders/metafields",
            query,
            V3OrdersMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        order_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3OrdersMetafieldsAllQuery],
    ) -> Iterator[OrdersV3Metafield]:
        """Every item of every page of `GET /v3/orders/{order_id}/metafields`
        (getOrderMetafields), one page in memory at a time. `prefetch=N` fetches up to N more
        pages ahead, in the background.
        """
        return self._pages(
            OrdersV3Metafield,
            "GET",
            f"orders/{segment(order_id)}/metafields"
            if order_id is not None
            else "orders/metafields",
            query,
            V3OrdersMetafieldsAllQuery,
            envelope=True,
            pagination="offset+cursor",
            prefetch=prefetch,
        )

    def create(self, order_id: int, body: MetafieldBasePostCreate, /) -> OrdersV3Metafield:
        """`POST /v3/orders/{order_id}/metafields` (createOrderMetafield)."""
        return self._one(
            OrdersV3Metafield,
            "POST",
            f"orders/{segment(order_id)}/metafields",
            {},
            None,
            body=body,
            body_type=MetafieldBasePostCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CreateOrdersMetafieldsRequestItemCreate], /
    ) -> list[OrdersV3Metafield]:
        """`POST /v3/orders/metafields` (createOrdersMetafields)."""
        return self._many(
            OrdersV3Metafield,
            "POST",
            "orders/metafields",
            {},
            None,
            body=body,
            body_type=list[CreateOrdersMetafieldsRequestItemCreate],
            envelope=True,
        )

    def delete(self, order_id: int, metafield_id: int, /) -> None:
        """`DELETE /v3/orders/{order_id}/metafields/{metafield_id}` (deleteOrderMetafield)."""
        return self._nothing(
            "DELETE", f"orders/{segment(order_id)}/metafields/{segment(metafield_id)}", {}, None
        )

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/orders/metafields` (deleteOrdersMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "orders/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(self, order_id: int, metafield_id: int, /) -> OrdersV3Metafield:
        """`GET /v3/orders/{order_id}/metafields/{metafield_id}` (getOrderMetafield)."""
        return self._one(
            OrdersV3Metafield,
            "GET",
            f"orders/{segment(order_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, order_id: int, metafield_id: int, body: MetafieldBasePostUpdate, /
    ) -> OrdersV3Metafield:
        """`PUT /v3/orders/{order_id}/metafields/{metafield_id}` (updateOrderMetafield)."""
        return self._one(
            OrdersV3Metafield,
            "PUT",
            f"orders/{segment(order_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=MetafieldBasePostUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateOrdersMetafieldsRequestItemUpdate], /
    ) -> list[OrdersV3Metafield]:
        """`PUT /v3/orders/metafields` (updateOrdersMetafields)."""
        return self._many(
            OrdersV3Metafield,
            "PUT",
            "orders/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateOrdersMetafieldsRequestItemUpdate],
            envelope=True,
        )
