# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryLocationsItems` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.location_item_update import LocationItemUpdate
from ..models.location_items import LocationItems
from ..models.simple_transaction import SimpleTransaction


@with_config(REQUEST_CONFIG)
class V3InventoryLocationsItemsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    page: int
    product_id__in: int
    """Sent as `product_id:in`."""
    sku__in: str
    """Sent as `sku:in`."""
    variant_id__in: int
    """Sent as `variant_id:in`."""


class V3InventoryLocationsItems(NodeResource):
    """`api.inventory.locations.items` (v3): all, iterall, update."""

    _op_all: ClassVar[Operation[list[LocationItems]]] = Operation(
        method="GET",
        path="inventory/locations/{location_id}/items",
        version="v3",
        result="many",
        model=LocationItems,
        query_type=V3InventoryLocationsItemsAllQuery,
        envelope=True,
        operation_id="get-location-inventory-items",
    )

    def all(
        self,
        location_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsItemsAllQuery],
    ) -> list[LocationItems]:
        """`GET /v3/inventory/locations/{location_id}/items` (get-location-inventory-items).

        Returns one page of `LocationItems` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            location_id: `int`, the path's `{location_id}`.
            query: the query parameters (`V3InventoryLocationsItemsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_all,
            f"inventory/locations/{segment(location_id)}/items",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[LocationItems]]] = Operation(
        method="GET",
        path="inventory/locations/{location_id}/items",
        version="v3",
        result="pages",
        model=LocationItems,
        query_type=V3InventoryLocationsItemsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="get-location-inventory-items",
    )

    def iterall(
        self,
        location_id: int,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsItemsAllQuery],
    ) -> Iterator[LocationItems]:
        """`GET /v3/inventory/locations/{location_id}/items` (get-location-inventory-items).

        Yields every `LocationItems` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            location_id: `int`, the path's `{location_id}`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3InventoryLocationsItemsAllQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"inventory/locations/{segment(location_id)}/items",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[SimpleTransaction]] = Operation(
        method="PUT",
        path="inventory/locations/{location_id}/items",
        version="v3",
        result="one",
        model=SimpleTransaction,
        body_type=LocationItemUpdate,
        operation_id="put-location-inventory-items",
    )

    def update(
        self,
        location_id: int,
        body: LocationItemUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SimpleTransaction:
        """`PUT /v3/inventory/locations/{location_id}/items` (put-location-inventory-items).

        Returns one `SimpleTransaction`.

        Args:
            location_id: `int`, the path's `{location_id}`.
            body: `LocationItemUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"inventory/locations/{segment(location_id)}/items",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
