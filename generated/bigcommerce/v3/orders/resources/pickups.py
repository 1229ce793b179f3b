# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersPickups` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.pickup import Pickup
from ..models.pickup_create_many_item import PickupCreateManyItem
from ..models.pickup_update_many_item import PickupUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3OrdersPickupsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    order_id__in: int
    """Sent as `order_id:in`."""
    pickup_id__in: int
    """Sent as `pickup_id:in`."""


@with_config(REQUEST_CONFIG)
class V3OrdersPickupsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    id__in: Required[int]
    """Sent as `id:in`. Required by the documents."""


class V3OrdersPickups(NodeResource):
    """`api.orders.pickups` (v3): all, create_many, delete_many, update_many."""

    _op_all: ClassVar[Operation[list[Pickup]]] = Operation(
        method="GET",
        path="orders/pickups",
        version="v3",
        result="many",
        model=Pickup,
        query_type=V3OrdersPickupsAllQuery,
        envelope=True,
        operation_id="get-pickup",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3OrdersPickupsAllQuery],
    ) -> list[Pickup]:
        """`GET /v3/orders/pickups` (get-pickup).

        Returns a list of `Pickup` objects.

        Args:
            query: the query parameters (`V3OrdersPickupsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "orders/pickups",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Pickup]]] = Operation(
        method="POST",
        path="orders/pickups",
        version="v3",
        result="many",
        model=Pickup,
        body_type=list[PickupCreateManyItem],
        envelope=True,
        operation_id="post-pickup",
    )

    def create_many(
        self,
        body: list[PickupCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Pickup]:
        """`POST /v3/orders/pickups` (post-pickup).

        Returns a list of `Pickup` objects.

        Args:
            body: `list[PickupCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "orders/pickups",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="orders/pickups",
        version="v3",
        result="nothing",
        query_type=V3OrdersPickupsDeleteManyQuery,
        operation_id="delete-pickup",
        required_query=("id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3OrdersPickupsDeleteManyQuery],
    ) -> None:
        """`DELETE /v3/orders/pickups` (delete-pickup).

        Returns None (the answer has no body).

        Query parameters refused before sending when missing: `id__in`.

        Args:
            query: the query parameters (`V3OrdersPickupsDeleteManyQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "orders/pickups",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Pickup]]] = Operation(
        method="PUT",
        path="orders/pickups",
        version="v3",
        result="many",
        model=Pickup,
        body_type=list[PickupUpdateManyItem],
        envelope=True,
        operation_id="put-pickup",
    )

    def update_many(
        self,
        body: list[PickupUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Pickup]:
        """`PUT /v3/orders/pickups` (put-pickup).

        Returns a list of `Pickup` objects.

        Args:
            body: `list[PickupUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "orders/pickups",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
