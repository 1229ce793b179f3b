# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryLocationsMetafields` resource (v3)."""

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
from ...shared.models.metafield_create_many_item import MetafieldCreateManyItem
from ..models.location_metafield_create import LocationMetafieldCreate, LocationMetafieldUpdate
from ..models.location_metafield_update_many_item import LocationMetafieldUpdateManyItem


@with_config(REQUEST_CONFIG)
class V3InventoryLocationsMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in` (either spelling may be given);
    unknown keys are sent as given, with an `UnknownArgumentWarning`.
    """

    after: str
    before: str
    date_created__max: str
    """Sent as `date_created:max`."""
    date_created__min: str
    """Sent as `date_created:min`."""
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
            "date modified",
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


class V3InventoryLocationsMetafields(NodeResource):
    """`api.inventory.locations.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, update, update_many.
    """

    _op_all: ClassVar[Operation[list[Metafield]]] = Operation(
        method="GET",
        path="inventory/locations/{location_id}/metafields",
        version="v3",
        result="many",
        model=Metafield,
        query_type=V3InventoryLocationsMetafieldsAllQuery,
        envelope=True,
        operation_id="getLocationMetafields",
    )

    def all(
        self,
        location_id: int | None = None,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsMetafieldsAllQuery],
    ) -> list[Metafield]:
        """`GET /v3/inventory/locations/{location_id}/metafields` (getLocationMetafields).

        Returns one page of `Metafield` objects (a list).

        Paged by page numbers (`page`, `limit`): one page per call; `iterall` walks every page.

        Args:
            location_id: `int`, the path's `{location_id}`; without it: `GET
                /v3/inventory/locations/metafields`.
            query: the query parameters (`V3InventoryLocationsMetafieldsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_all,
            f"inventory/locations/{segment(location_id)}/metafields"
            if location_id is not None
            else "inventory/locations/metafields",
            query=query,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_iterall: ClassVar[Operation[Iterator[Metafield]]] = Operation(
        method="GET",
        path="inventory/locations/{location_id}/metafields",
        version="v3",
        result="pages",
        model=Metafield,
        query_type=V3InventoryLocationsMetafieldsAllQuery,
        envelope=True,
        pagination="offset",
        operation_id="getLocationMetafields",
    )

    def iterall(
        self,
        location_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        **query: Unpack[V3InventoryLocationsMetafieldsAllQuery],
    ) -> Iterator[Metafield]:
        """`GET /v3/inventory/locations/{location_id}/metafields` (getLocationMetafields).

        Yields every `Metafield` of every page, one page in memory at a time.

        Paged by page numbers (`page`, `limit`): follows the pages to the last, 250 items a page
        unless `limit`. `prefetch=N` fetches up to N more pages ahead, in the background.

        Args:
            location_id: `int`, the path's `{location_id}`; without it: `GET
                /v3/inventory/locations/metafields`.
            prefetch: how many more pages to fetch ahead, in the background (0: none).
            query: the query parameters (`V3InventoryLocationsMetafieldsAllQuery`); `x__in` is
                sent as `x:in`.
        """
        return self._call(
            self._op_iterall,
            f"inventory/locations/{segment(location_id)}/metafields"
            if location_id is not None
            else "inventory/locations/metafields",
            query=query,
            prefetch=prefetch,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[Metafield]] = Operation(
        method="POST",
        path="inventory/locations/{location_id}/metafields",
        version="v3",
        result="one",
        model=Metafield,
        body_type=LocationMetafieldCreate,
        envelope=True,
        operation_id="createLocationMetafield",
    )

    def create(
        self,
        location_id: int,
        body: LocationMetafieldCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`POST /v3/inventory/locations/{location_id}/metafields` (createLocationMetafield).

        Returns one `Metafield`.

        Args:
            location_id: `int`, the path's `{location_id}`.
            body: `LocationMetafieldCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"inventory/locations/{segment(location_id)}/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="POST",
        path="inventory/locations/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[MetafieldCreateManyItem],
        envelope=True,
        operation_id="createLocationsMetafields",
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
        """`POST /v3/inventory/locations/metafields` (createLocationsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[MetafieldCreateManyItem]`, the request body.
        """
        return self._call(
            self._op_create_many,
            "inventory/locations/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="inventory/locations/{location_id}/metafields/{metafield_id}",
        version="v3",
        result="nothing",
        operation_id="deleteLocationMetafield",
    )

    def delete(
        self,
        location_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v3/inventory/locations/{location_id}/metafields/{metafield_id}`
        (deleteLocationMetafield).

        Returns None (the answer has no body).

        Args:
            location_id: `int`, the path's `{location_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_delete,
            f"inventory/locations/{segment(location_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_many: ClassVar[Operation[list[int]]] = Operation(
        method="DELETE",
        path="inventory/locations/metafields",
        version="v3",
        result="value",
        model=list[int],
        body_type=list[int],
        envelope=True,
        operation_id="deleteLocationsMetafields",
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
        """`DELETE /v3/inventory/locations/metafields` (deleteLocationsMetafields).

        Returns `list[int]`.

        Args:
            body: `list[int]`, the request body.
        """
        return self._call(
            self._op_delete_many,
            "inventory/locations/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[Metafield]] = Operation(
        method="GET",
        path="inventory/locations/{location_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        envelope=True,
        operation_id="getLocationMetafield",
    )

    def get(
        self,
        location_id: int,
        metafield_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`GET /v3/inventory/locations/{location_id}/metafields/{metafield_id}`
        (getLocationMetafield).

        Returns one `Metafield`.

        Args:
            location_id: `int`, the path's `{location_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
        """
        return self._call(
            self._op_get,
            f"inventory/locations/{segment(location_id)}/metafields/{segment(metafield_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[Metafield]] = Operation(
        method="PUT",
        path="inventory/locations/{location_id}/metafields/{metafield_id}",
        version="v3",
        result="one",
        model=Metafield,
        body_type=LocationMetafieldUpdate,
        envelope=True,
        operation_id="updateLocationMetafield",
    )

    def update(
        self,
        location_id: int,
        metafield_id: int,
        body: LocationMetafieldUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Metafield:
        """`PUT /v3/inventory/locations/{location_id}/metafields/{metafield_id}`
        (updateLocationMetafield).

        Returns one `Metafield`.

        Args:
            location_id: `int`, the path's `{location_id}`.
            metafield_id: `int`, the path's `{metafield_id}`.
            body: `LocationMetafieldUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"inventory/locations/{segment(location_id)}/metafields/{segment(metafield_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update_many: ClassVar[Operation[list[Metafield]]] = Operation(
        method="PUT",
        path="inventory/locations/metafields",
        version="v3",
        result="many",
        model=Metafield,
        body_type=list[LocationMetafieldUpdateManyItem],
        envelope=True,
        operation_id="updateLocationsMetafields",
    )

    def update_many(
        self,
        body: list[LocationMetafieldUpdateManyItem],
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[Metafield]:
        """`PUT /v3/inventory/locations/metafields` (updateLocationsMetafields).

        Returns a list of `Metafield` objects.

        Args:
            body: `list[LocationMetafieldUpdateManyItem]`, the request body.
        """
        return self._call(
            self._op_update_many,
            "inventory/locations/metafields",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
