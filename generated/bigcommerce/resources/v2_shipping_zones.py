# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingZones` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._operation import NodeResource
from .._query import segment
from ..models.create_shipping_zones_request import CreateShippingZonesRequestCreate
from ..models.create_shipping_zones_response import CreateShippingZonesResponse
from ..models.get_shipping_zone_response import GetShippingZoneResponse
from ..models.get_shipping_zones_response_item import GetShippingZonesResponseItem
from ..models.update_shipping_zone_request import UpdateShippingZoneRequestUpdate
from ..models.update_shipping_zone_response import UpdateShippingZoneResponse

if TYPE_CHECKING:
    from .v2_shipping_zones_methods import V2ShippingZonesMethods


class V2ShippingZones(NodeResource):
    """`api.v2.shipping.zones` (v2): all, create, delete, get, update."""

    _version = "v2"

    @cached_property
    def methods(self) -> V2ShippingZonesMethods:
        from .v2_shipping_zones_methods import V2ShippingZonesMethods

        return V2ShippingZonesMethods(self._connection)

    def all(self) -> list[GetShippingZonesResponseItem]:
        """`GET /v2/shipping/zones` (getShippingZones)."""
        return self._many(GetShippingZonesResponseItem, "GET", "shipping/zones", {}, None)

    def create(self, body: CreateShippingZonesRequestCreate, /) -> CreateShippingZonesResponse:
        """`POST /v2/shipping/zones` (createShippingZones)."""
        return self._one(
            CreateShippingZonesResponse,
            "POST",
            "shipping/zones",
            {},
            None,
            body=body,
            body_type=CreateShippingZonesRequestCreate,
        )

    def delete(self, zone_id: int, /) -> None:
        """`DELETE /v2/shipping/zones/{zone_id}` (deleteShippingZone)."""
        return self._nothing("DELETE", f"shipping/zones/{segment(zone_id)}", {}, None)

    def get(self, zone_id: int, /) -> GetShippingZoneResponse:
        """`GET /v2/shipping/zones/{zone_id}` (getShippingZone)."""
        return self._one(
            GetShippingZoneResponse, "GET", f"shipping/zones/{segment(zone_id)}", {}, None
        )

    def update(
        self, zone_id: int, body: UpdateShippingZoneRequestUpdate, /
    ) -> UpdateShippingZoneResponse:
        """`PUT /v2/shipping/zones/{zone_id}` (updateShippingZone)."""
        return self._one(
            UpdateShippingZoneResponse,
            "PUT",
            f"shipping/zones/{segment(zone_id)}",
            {},
            None,
            body=body,
            body_type=UpdateShippingZoneRequestUpdate,
        )
