# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingZonesMethods` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from .._query import segment
from ..models.get_shipping_method_response import GetShippingMethodResponse
from ..models.shipping_method_base import ShippingMethodBaseCreate, ShippingMethodBaseUpdate
from ..models.shipping_method_full import ShippingMethodFull


class V2ShippingZonesMethods(NodeResource):
    """`api.v2.shipping.zones.methods` (v2): all, create, delete, get, update."""

    _version = "v2"

    def all(self, zone_id: int, /) -> list[ShippingMethodFull]:
        """`GET /v2/shipping/zones/{zone_id}/methods` (getShippingZoneMethods)."""
        return self._many(
            ShippingMethodFull, "GET", f"shipping/zones/{segment(zone_id)}/methods", {}, None
        )

    def create(self, zone_id: int, body: ShippingMethodBaseCreate, /) -> ShippingMethodFull:
        """`POST /v2/shipping/zones/{zone_id}/methods` (createShippingMethod)."""
        return self._one(
            ShippingMethodFull,
            "POST",
            f"shipping/zones/{segment(zone_id)}/methods",
            {},
            None,
            body=body,
            body_type=ShippingMethodBaseCreate,
        )

    def delete(self, zone_id: int, method_id: int, /) -> None:
        """`DELETE /v2/shipping/zones/{zone_id}/methods/{method_id}` (deleteShippingMethod)."""
        return self._nothing(
            "DELETE", f"shipping/zones/{segment(zone_id)}/methods/{segment(method_id)}", {}, None
        )

    def get(self, zone_id: int, method_id: int, /) -> GetShippingMethodResponse:
        """`GET /v2/shipping/zones/{zone_id}/methods/{method_id}` (getShippingMethod)."""
        return self._one(
            GetShippingMethodResponse,
            "GET",
            f"shipping/zones/{segment(zone_id)}/methods/{segment(method_id)}",
            {},
            None,
        )

    def update(
        self, zone_id: int, method_id: int, body: ShippingMethodBaseUpdate, /
    ) -> ShippingMethodFull:
        """`PUT /v2/shipping/zones/{zone_id}/methods/{method_id}` (updateShippingMethod)."""
        return self._one(
            ShippingMethodFull,
            "PUT",
            f"shipping/zones/{segment(zone_id)}/methods/{segment(method_id)}",
            {},
            None,
            body=body,
            body_type=ShippingMethodBaseUpdate,
        )
