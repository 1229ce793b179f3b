# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingZones` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from .._operation import NodeResource
from .._query import segment
from .._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
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

    @cached_property
    def methods(self) -> V2ShippingZonesMethods:
        from .v2_shipping_zones_methods import V2ShippingZonesMethods

        return V2ShippingZonesMethods(self._connection)

    _op_all: ClassVar[Operation[list[GetShippingZonesResponseItem]]] = Operation(
        method="GET",
        path="shipping/zones",
        version="v2",
        result="many",
        model=GetShippingZonesResponseItem,
        operation_id="getShippingZones",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[GetShippingZonesResponseItem]:
        """`GET /v2/shipping/zones` (getShippingZones).

        Returns a list of `GetShippingZonesResponseItem` objects.
        """
        return self._call(
            self._op_all,
            "shipping/zones",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[CreateShippingZonesResponse]] = Operation(
        method="POST",
        path="shipping/zones",
        version="v2",
        result="one",
        model=CreateShippingZonesResponse,
        body_type=CreateShippingZonesRequestCreate,
        operation_id="createShippingZones",
    )

    def create(
        self,
        body: CreateShippingZonesRequestCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> CreateShippingZonesResponse:
        """`POST /v2/shipping/zones` (createShippingZones).

        Returns one `CreateShippingZonesResponse`.

        Args:
            body: `CreateShippingZonesRequestCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "shipping/zones",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="shipping/zones/{zone_id}",
        version="v2",
        result="nothing",
        operation_id="deleteShippingZone",
    )

    def delete(
        self,
        zone_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v2/shipping/zones/{zone_id}` (deleteShippingZone).

        Returns None (the answer has no body).

        Args:
            zone_id: `int`, the path's `{zone_id}`.
        """
        return self._call(
            self._op_delete,
            f"shipping/zones/{segment(zone_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[GetShippingZoneResponse]] = Operation(
        method="GET",
        path="shipping/zones/{zone_id}",
        version="v2",
        result="one",
        model=GetShippingZoneResponse,
        operation_id="getShippingZone",
    )

    def get(
        self,
        zone_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> GetShippingZoneResponse:
        """`GET /v2/shipping/zones/{zone_id}` (getShippingZone).

        Returns one `GetShippingZoneResponse`.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
        """
        return self._call(
            self._op_get,
            f"shipping/zones/{segment(zone_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[UpdateShippingZoneResponse]] = Operation(
        method="PUT",
        path="shipping/zones/{zone_id}",
        version="v2",
        result="one",
        model=UpdateShippingZoneResponse,
        body_type=UpdateShippingZoneRequestUpdate,
        operation_id="updateShippingZone",
    )

    def update(
        self,
        zone_id: int,
        body: UpdateShippingZoneRequestUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> UpdateShippingZoneResponse:
        """`PUT /v2/shipping/zones/{zone_id}` (updateShippingZone).

        Returns one `UpdateShippingZoneResponse`.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
            body: `UpdateShippingZoneRequestUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"shipping/zones/{segment(zone_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
