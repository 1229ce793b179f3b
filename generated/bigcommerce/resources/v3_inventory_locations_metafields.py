# Generated from spec/imported/v3/inventory.yaml by codegen (`make generate`); do not edit.
"""The `V3InventoryLocationsMetafields` resource (v3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import with_config
from typing_extensions import TypedDict, Unpack

from .._model import REQUEST_CONFIG
from .._operation import NodeResource
from .._query import segment
from ..models.brands_catalog_v3_metafield_base import (
    BrandsCatalogV3MetafieldBaseCreate,
    BrandsCatalogV3MetafieldBaseUpdate,
)
from ..models.create_locations_metafields_request_item import (
    CreateLocationsMetafieldsRequestItemCreate,
)
from ..models.locations_v3_metafield import LocationsV3Metafield
from ..models.update_locations_metafields_request_item import (
    UpdateLocationsMetafieldsRequestItemUpdate,
)


@with_config(REQUEST_CONFIG)
class V3InventoryLocationsMetafieldsAllQuery(TypedDict, total=False):
    """Query parameters of `all`; `x__in` is sent as `x:in`; unknown keys are refused."""

    after: str
    before: str
    date_created__max: str
    date_created__min: str
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
            "date modified",
        ]
    ]
    key: str
    key__in: list[str]
    limit: int
    namespace: str
    namespace__in: list[str]
    page: int


class V3InventoryLocationsMetafields(NodeResource):
    """`api.inventory.locations.metafields` (v3): all, iterall, create, create_many, delete,
    delete_many, get, update, update_many.
    """

    _version = "v3"

    def all(
        self,
        location_id: int | None = None,
        /,
        **query: Unpack[V3InventoryLocationsMetafieldsAllQuery],
    ) -> list[LocationsV3Metafield]:
        """`GET /v3/inventory/locations/{location_id}/metafields` (getLocationMetafields)."""
        return self._many(
            LocationsV3Metafield,
            "GET",
            f"inventory/locations/{segment(location_id)}/metafields"
            if location_id is not None
            else "inventory/locations/metafields",
            query,
            V3InventoryLocationsMetafieldsAllQuery,
            envelope=True,
        )

    def iterall(
        self,
        location_id: int | None = None,
        /,
        *,
        prefetch: int = 0,
        **query: Unpack[V3InventoryLocationsMetafieldsAllQuery],
    ) -> Iterator[LocationsV3Metafield]:
        """Every item of every page of `GET /v3/inventory/locations/{location_id}/metafields`
        (getLocationMetafields), one page in memory at a time. `prefetch=N` fetches up to N
        more pages ahead, in the background.
        """
        return self._pages(
            LocationsV3Metafield,
            "GET",
            f"inventory/locations/{segment(location_id)}/metafields"
            if location_id is not None
            else "inventory/locations/metafields",
            query,
            V3InventoryLocationsMetafieldsAllQuery,
            envelope=True,
            pagination="offset",
            prefetch=prefetch,
        )

    def create(
        self, location_id: int, body: BrandsCatalogV3MetafieldBaseCreate, /
    ) -> LocationsV3Metafield:
        """`POST /v3/inventory/locations/{location_id}/metafields` (createLocationMetafield)."""
        return self._one(
            LocationsV3Metafield,
            "POST",
            f"inventory/locations/{segment(location_id)}/metafields",
            {},
            None,
            body=body,
            body_type=BrandsCatalogV3MetafieldBaseCreate,
            envelope=True,
        )

    def create_many(
        self, body: list[CreateLocationsMetafieldsRequestItemCreate], /
    ) -> list[LocationsV3Metafield]:
        """`POST /v3/inventory/locations/metafields` (createLocationsMetafields)."""
        return self._many(
            LocationsV3Metafield,
            "POST",
            "inventory/locations/metafields",
            {},
            None,
            body=body,
            body_type=list[CreateLocationsMetafieldsRequestItemCreate],
            envelope=True,
        )

    def delete(self, location_id: int, metafield_id: int, /) -> None:
        """`DELETE /v3/inventory/locations/{location_id}/metafields/{metafield_id}`
        (deleteLocationMetafield).
        """
        return self._nothing(
            "DELETE",
            f"inventory/locations/{segment(location_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
        )

    def delete_many(self, body: list[int], /) -> list[int]:
        """`DELETE /v3/inventory/locations/metafields` (deleteLocationsMetafields)."""
        return self._value(
            list[int],
            "DELETE",
            "inventory/locations/metafields",
            {},
            None,
            body=body,
            body_type=list[int],
            envelope=True,
        )

    def get(self, location_id: int, metafield_id: int, /) -> LocationsV3Metafield:
        """`GET /v3/inventory/locations/{location_id}/metafields/{metafield_id}`
        (getLocationMetafield).
        """
        return self._one(
            LocationsV3Metafield,
            "GET",
            f"inventory/locations/{segment(location_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            envelope=True,
        )

    def update(
        self, location_id: int, metafield_id: int, body: BrandsCatalogV3MetafieldBaseUpdate, /
    ) -> LocationsV3Metafield:
        """`PUT /v3/inventory/locations/{location_id}/metafields/{metafield_id}`
        (updateLocationMetafield).
        """
        return self._one(
            LocationsV3Metafield,
            "PUT",
            f"inventory/locations/{segment(location_id)}/metafields/{segment(metafield_id)}",
            {},
            None,
            body=body,
            body_type=BrandsCatalogV3MetafieldBaseUpdate,
            envelope=True,
        )

    def update_many(
        self, body: list[UpdateLocationsMetafieldsRequestItemUpdate], /
    ) -> list[LocationsV3Metafield]:
        """`PUT /v3/inventory/locations/metafields` (updateLocationsMetafields)."""
        return self._many(
            LocationsV3Metafield,
            "PUT",
            "inventory/locations/metafields",
            {},
            None,
            body=body,
            body_type=list[UpdateLocationsMetafieldsRequestItemUpdate],
            envelope=True,
        )
