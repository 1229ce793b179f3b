# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersPickups` resource (v3)."""

from __future__ import annotations

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from ..models.pickup import Pickup
from ..models.post_request_pickup import PostRequestPickupCreate
from ..models.put_request_pickup import PutRequestPickupUpdate


@with_config(REQUEST_CONFIG)
class V3OrdersPickupsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    order_id__in: int
    pickup_id__in: int


@with_config(REQUEST_CONFIG)
class V3OrdersPickupsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in`; unknown keys are refused."""

    id__in: Required[int]


class V3OrdersPickups(NodeResource):
    """`api.orders.pickups` (v3): all, create_many, delete_many, update_many."""

    _version = "v3"

    def all(self, **query: Unpack[V3OrdersPickupsAllQuery]) -> list[Pickup]:
        """`GET /v3/orders/pickups` (get-pickup)."""
        return self._many(
            Pickup, "GET", "orders/pickups", query, V3OrdersPickupsAllQuery, envelope=True
        )

    def create_many(self, body: list[PostRequestPickupCreate], /) -> list[Pickup]:
        """`POST /v3/orders/pickups` (post-pickup)."""
        return self._many(
            Pickup,
            "POST",
            "orders/pickups",
            {},
            None,
            body=body,
            body_type=list[PostRequestPickupCreate],
            envelope=True,
        )

    def delete_many(self, **query: Unpack[V3OrdersPickupsDeleteManyQuery]) -> None:
        """`DELETE /v3/orders/pickups` (delete-pickup)."""
        return self._nothing("DELETE", "orders/pickups", query, V3OrdersPickupsDeleteManyQuery)

    def update_many(self, body: list[PutRequestPickupUpdate], /) -> list[Pickup]:
        """`PUT /v3/orders/pickups` (put-pickup)."""
        return self._many(
            Pickup,
            "PUT",
            "orders/pickups",
            {},
            None,
            body=body,
            body_type=list[PutRequestPickupUpdate],
            envelope=True,
        )
