# Generated from spec/imported/v3/orders.yaml by codegen (`make generate`); do not edit.
"""The `V3OrdersMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ...shared.models.metafield import Metafield
from ...shared.models.metafield_create_input import MetafieldCreateInput, MetafieldUpdateInput
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ...shared.models.metafield_update_many_item_input import MetafieldUpdateManyItemInput


@with_config(REQUEST_CONFIG)
class V3OrdersMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
    date_modified: str
    date_modified__max: str
    """Sent as `date_modified:max`."""
    date_modified__min: str
    """Sent as `date_modified:min`."""
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
    """Sent as `key:in`."""
    limit: int
    namespace: str
    namespace__in: list[str]
    """Sent as `namespace:in`."""
    page: int


class V3OrdersMetafields(NodeResource):
    """`api.orders.metafields` (v3): all, iterall, create, create_many, delete, delete_many, get,
    update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="orders/{order_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3OrdersMetafieldsAllQuery,
        envelope=True,
        operation_id="getOrderMetafields",
    )

    def all(
        self,
        order_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3OrdersMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/orders/{order_id}/metafields` (getOrderMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            order_id: `int`, the path's `{order_id}`; without it: `GET /v3/orders/metafields`.
            query: the query parameters (`V3OrdersMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            f"orders/{segment(order_id)}/metafields"
            if order_id is not None
            else "orders/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="orders/{order_id}/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3OrdersMetafieldsAllQuery,
        envelope=True,
        pagination="offset+cursor",
        operation_id="getOrderMetafields",
    )

    def iterall(
        self,
        order_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3OrdersMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/orders/{order_id}/metafields` (getOrderMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            order_id: `int`, the path's `{order_id}`; without it: `GET /v3/orders/metafields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3OrdersMetafieldsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"orders/{segment(order_id)}/metafields"
            if order_id is not None
            else "orders/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="orders/{order_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldCreateInput,
        envelope=True,
        operation_id="createOrderMetafield",
    )

    def create(
        self,
        order_id: int,
        body: MetafieldCreateInput,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`POST /v3/orders/{order_id}/metafields` (createOrderMetafield).

        Returns one `Metafield`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            body: `MetafieldCreateInput`, the request body.
        """
        return self._call(
            self._op_create,
            f"orders/{segment(order_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="orders/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createOrdersMetafields",
    )

    def create_many(
        self,
        body: list[MetafieldCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`POST /v3/orders/metafields` (createOrdersMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "orders/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="orders/{order_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteOrderMetafield",
    )

    def delete(
        self,
        order_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/orders/{order_id}/metafields/{metafield_id}` (deleteOrderMetafield).

        Returns None (the answer has no body).

        Args:
            order_id: `int`, the path's `{order_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"orders/{segment(order_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="orders/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteOrdersMetafields",
    )

    def delete_many(
        self,
        body: list[int],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[int]:
        """`DELETE /v3/orders/metafields` (deleteOrdersMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "orders/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="orders/{order_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        envelope=True,
        operation_id="getOrderMetafield",
    )

    def get(
        self,
        order_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`GET /v3/orders/{order_id}/metafields/{metafield_id}` (getOrderMetafield).

        Returns one `Metafield`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_get,
            f"orders/{segment(order_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="orders/{order_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=MetafieldUpdateInput,
        envelope=True,
        operation_id="updateOrderMetafield",
    )

    def update(
        self,
        order_id: int,
        metafield_id: int,
        body: MetafieldUpdateInput,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/orders/{order_id}/metafields/{metafield_id}` (updateOrderMetafield).

        Returns one `Metafield`.

        Args:
            order_id: `int`, the path's `{order_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `MetafieldUpdateInput`, the request body.
        """
        return self._call(
            self._op_update,
            f"orders/{segment(order_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="orders/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldUpdateManyItemInput],
        envelope=True,
        operation_id="updateOrdersMetafields",
    )

    def update_many(
        self,
        body: list[MetafieldUpdateManyItemInput],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`PUT /v3/orders/metafields` (updateOrdersMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldUpdateManyItemInput]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "orders/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
