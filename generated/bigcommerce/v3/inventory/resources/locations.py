# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryLocations` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from pydantic import with_config
from typing_extensions import Required, TypedDict, Unpack

from ...._model import REQUEST_CONFIG
from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.location import Location
from ..models.location_create_many_item import LocationCreateManyItem
from ..models.location_update_many_item import LocationUpdateManyItem
from ..models.simple_transaction import SimpleTransaction

if TYPE_CHECKING:
    from .locations_items import V3InventoryLocationsItems
    from .locations_metafields import V3InventoryLocationsMetafields


@with_config(REQUEST_CONFIG)
class V3InventoryLocationsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    is_active: bool
    is_default: bool
    limit: int
    location_code__in: str
    """Sent as `location_code:in`."""
    location_id__in: int
    """Sent as `location_id:in`."""
    managed_by_external_source: bool
    page: int
    storefront_visibility: bool
    type_id__in: str
    """Sent as `type_id:in`."""


@with_config(REQUEST_CONFIG)
class V3InventoryLocationsDeleteManyQuery(TypedDict, total=False):
    """Query parameters of `delete_many`; `x__in` is sent as `x:in` (either spelling may be
    given); unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    location_id__in: Required[int]
    """Sent as `location_id:in`. Required by the documents."""


class V3InventoryLocations(NodeResource):
    """`api.inventory.locations` (v3): all, iterall, create_many, delete_many, update_many."""

    @cached_property
    def items(self) -> V3InventoryLocationsItems:
        from .locations_items import V3InventoryLocationsItems

        return V3InventoryLocationsItems(self._connection)

    @cached_property
    def metafields(self) -> V3InventoryLocationsMetafields:
        from .locations_metafields import V3InventoryLocationsMetafields

        return V3InventoryLocationsMetafields(self._connection)

    _op_all: ClassVar[Operation[list[Location]]] = Operation(
        method="GET",
        path="inventory/locations",
        version="v3",
        result="many",
        model=Location,
        query_type=V3InventoryLocationsAllQuery,
        envelope=True,
        operation_id="getLocations",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsAllQuery],
    ) -> list[Location]:
        """`GET /v3/inventory/locations` (getLocations).

        Returns one page of `Location` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            query: the query parameters (`V3InventoryLocationsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_all,
            "inventory/locations",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Location]]] = Operation(
        method="GET",
        path="inventory/locations",
        version="v3",
        result="pages",
        model=Location,
        query_type=V3InventoryLocationsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getLocations",
    )

    def iterall(
        self,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsAllQuery],
    ) -> Iterator[Location]:
        """`GET /v3/inventory/locations` (getLocations).

        Yields every `Location` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3InventoryLocationsAllQuery`); `x__in` is sent as
                `x:in`.
        """
        return self._call(
            self._op_iterall,
            "inventory/locations",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[SimpleTransaction]] = Operation(
        method="POST",
        path="inventory/locations",
        version="v3",
        result="one",
        model=SimpleTransaction,
        body_type=list[LocationCreateManyItem],
        operation_id="createLocations",
    )

    def create_many(
        self,
        body: list[LocationCreateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SimpleTransaction:
        """`POST /v3/inventory/locations` (createLocations).

        Returns one `SimpleTransaction`.

        Args:
            body: `list[LocationCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "inventory/locations",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[SimpleTransaction]] = Operation(
        method="DELETE",
        path="inventory/locations",
        version="v3",
        result="one",
        model=SimpleTransaction,
        query_type=V3InventoryLocationsDeleteManyQuery,
        operation_id="deleteLocations",
        required_query=("location_id:in",),
    )

    def delete_many(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsDeleteManyQuery],
    ) -> SimpleTransaction:
        """`DELETE /v3/inventory/locations` (deleteLocations).

        Returns one `SimpleTransaction`.

        Query parameters refused before sending when missing: `location_id__in`.

        Args:
            query: the query parameters (`V3InventoryLocationsDeleteManyQuery`); `x__in` is sent
                as `x:in`.
        """
        return self._call(
            self._op_delete_many,
            "inventory/locations",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[SimpleTransaction]] = Operation(
        method="PUT",
        path="inventory/locations",
        version="v3",
        result="one",
        model=SimpleTransaction,
        body_type=list[LocationUpdateManyItem],
        operation_id="updateLocations",
    )

    def update_many(
        self,
        body: list[LocationUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> SimpleTransaction:
        """`PUT /v3/inventory/locations` (updateLocations).

        Returns one `SimpleTransaction`.

        Args:
            body: `list[LocationUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "inventory/locations",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
