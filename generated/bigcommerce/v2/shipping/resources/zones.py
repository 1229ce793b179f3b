# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingZones` resource (v2)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.shipping_zone import ShippingZone
from ..models.zone_create import ZoneCreate
from ..models.zone_update import ZoneUpdate

if TYPE_CHECKING:
    from .zones_methods import V2ShippingZonesMethods


class V2ShippingZones(NodeResource):
    """`api.v2.shipping.zones` (v2): all, create, delete, get, update."""

    @cached_property
    def methods(self) -> V2ShippingZonesMethods:
        from .zones_methods import V2ShippingZonesMethods

        return V2ShippingZonesMethods(self._connection)

    _op_all: ClassVar[Operation[list[ShippingZone]]] = Operation(
        method="GET",
        path="shipping/zones",
        version="v2",
        result="many",
        model=ShippingZone,
        operation_id="getShippingZones",
    )

    def all(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ShippingZone]:
        """`GET /v2/shipping/zones` (getShippingZones).

        Returns a list of `ShippingZone` objects.
        """
        return self._call(
            self._op_all,
            "shipping/zones",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ShippingZone]] = Operation(
        method="POST",
        path="shipping/zones",
        version="v2",
        result="one",
        model=ShippingZone,
        body_type=ZoneCreate,
        operation_id="createShippingZones",
    )

    def create(
        self,
        body: ZoneCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingZone:
        """`POST /v2/shipping/zones` (createShippingZones).

        Returns one `ShippingZone`.

        Args:
            body: `ZoneCreate`, the request body.
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

    _op_get: ClassVar[Operation[ShippingZone]] = Operation(
        method="GET",
        path="shipping/zones/{zone_id}",
        version="v2",
        result="one",
        model=ShippingZone,
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
    ) -> ShippingZone:
        """`GET /v2/shipping/zones/{zone_id}` (getShippingZone).

        Returns one `ShippingZone`.

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

    _op_update: ClassVar[Operation[ShippingZone]] = Operation(
        method="PUT",
        path="shipping/zones/{zone_id}",
        version="v2",
        result="one",
        model=ShippingZone,
        body_type=ZoneUpdate,
        operation_id="updateShippingZone",
    )

    def update(
        self,
        zone_id: int,
        body: ZoneUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingZone:
        """`PUT /v2/shipping/zones/{zone_id}` (updateShippingZone).

        Returns one `ShippingZone`.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
            body: `ZoneUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"shipping/zones/{segment(zone_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
