# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryItems` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.item import Item


@with_config(REQUEST_CONFIG)
class V3InventoryItemsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    limit: int
    location_code__in: str
    """Sent as `location_code:in`."""
    location_id__in: int
    """Sent as `location_id:in`."""
    page: int
    product_id__in: int
    """Sent as `product_id:in`."""
    sku__in: str
    """Sent as `sku:in`."""
    variant_id__in: int
    """Sent as `variant_id:in`."""


class V3InventoryItems(NodeResource):
    """`api.inventory.items` (v3): all, iterall."""

    _op_all: ClassVar[Operation[list[Item]]] = Operation(
        method="GET",
        path="inventory/items",
        version="v3",
        result="many",
        model=Item,
        query_type=V3InventoryItemsAllQuery,
        envelope=True,
        operation_id="get-inventory-items",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryItemsAllQuery],
    ) -> list[Item]:
        """`GET /v3/inventory/items` (get-inventory-items).

        Returns one page of `Item` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3InventoryItemsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_all,
            "inventory/items",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Item]]] = Operation(
        method="GET",
        path="inventory/items",
        version="v3",
        result="pages",
        model=Item,
        query_type=V3InventoryItemsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="get-inventory-items",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryItemsAllQuery],
    ) -> Iterator[Item]:
        """`GET /v3/inventory/items` (get-inventory-items).

        Yields every `Item` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3InventoryItemsAllQuery`); `x__in` is sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            "inventory/items",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
