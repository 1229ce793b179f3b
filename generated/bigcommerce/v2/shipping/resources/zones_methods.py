# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingZonesMethods` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._query import segment
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.shipping_method import ShippingMethod
from ..models.zone_method_create import ZoneMethodCreate, ZoneMethodUpdate


class V2ShippingZonesMethods(NodeResource):
    """`api.v2.shipping.zones.methods` (v2): all, create, delete, get, update."""

    _op_all: ClassVar[Operation[list[ShippingMethod]]] = Operation(
        method="GET",
        path="shipping/zones/{zone_id}/methods",
        version="v2",
        result="many",
        model=ShippingMethod,
        operation_id="getShippingZoneMethods",
    )

    def all(
        self,
        zone_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> list[ShippingMethod]:
        """`GET /v2/shipping/zones/{zone_id}/methods` (getShippingZoneMethods).

        Returns a list of `ShippingMethod` objects.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
        """
        return self._call(
            self._op_all,
            f"shipping/zones/{segment(zone_id)}/methods",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_create: ClassVar[Operation[ShippingMethod]] = Operation(
        method="POST",
        path="shipping/zones/{zone_id}/methods",
        version="v2",
        result="one",
        model=ShippingMethod,
        body_type=ZoneMethodCreate,
        operation_id="createShippingMethod",
    )

    def create(
        self,
        zone_id: int,
        body: ZoneMethodCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingMethod:
        """`POST /v2/shipping/zones/{zone_id}/methods` (createShippingMethod).

        Returns one `ShippingMethod`.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
            body: `ZoneMethodCreate`, the request body.
        """
        return self._call(
            self._op_create,
            f"shipping/zones/{segment(zone_id)}/methods",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="shipping/zones/{zone_id}/methods/{method_id}",
        version="v2",
        result="nothing",
        operation_id="deleteShippingMethod",
    )

    def delete(
        self,
        zone_id: int,
        method_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v2/shipping/zones/{zone_id}/methods/{method_id}` (deleteShippingMethod).

        Returns None (the answer has no body).

        Args:
            zone_id: `int`, the path's `{zone_id}`.
            method_id: `int`, the path's `{method_id}`.
        """
        return self._call(
            self._op_delete,
            f"shipping/zones/{segment(zone_id)}/methods/{segment(method_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_get: ClassVar[Operation[ShippingMethod]] = Operation(
        method="GET",
        path="shipping/zones/{zone_id}/methods/{method_id}",
        version="v2",
        result="one",
        model=ShippingMethod,
        operation_id="getShippingMethod",
    )

    def get(
        self,
        zone_id: int,
        method_id: int,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingMethod:
        """`GET /v2/shipping/zones/{zone_id}/methods/{method_id}` (getShippingMethod).

        Returns one `ShippingMethod`.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
            method_id: `int`, the path's `{method_id}`.
        """
        return self._call(
            self._op_get,
            f"shipping/zones/{segment(zone_id)}/methods/{segment(method_id)}",
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[ShippingMethod]] = Operation(
        method="PUT",
        path="shipping/zones/{zone_id}/methods/{method_id}",
        version="v2",
        result="one",
        model=ShippingMethod,
        body_type=ZoneMethodUpdate,
        operation_id="updateShippingMethod",
    )

    def update(
        self,
        zone_id: int,
        method_id: int,
        body: ZoneMethodUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> ShippingMethod:
        """`PUT /v2/shipping/zones/{zone_id}/methods/{method_id}` (updateShippingMethod).

        Returns one `ShippingMethod`.

        Args:
            zone_id: `int`, the path's `{zone_id}`.
            method_id: `int`, the path's `{method_id}`.
            body: `ZoneMethodUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            f"shipping/zones/{segment(zone_id)}/methods/{segment(method_id)}",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
