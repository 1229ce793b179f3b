# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingCarrierConnection` resource (v2)."""

from __future__ import annotations

from .._operation import NodeResource
from ..models.carrier_connection import CarrierConnectionCreate, CarrierConnectionUpdate
from ..models.delete_carrier_connection_request import DeleteCarrierConnectionRequestCreate


class V2ShippingCarrierConnection(NodeResource):
    """`api.v2.shipping.carrier.connection` (v2): create, delete_all, update."""

    _version = "v2"

    def create(self, body: CarrierConnectionCreate, /) -> None:
        """`POST /v2/shipping/carrier/connection` (createCarrierConnection)."""
        return self._nothing(
            "POST",
            "shipping/carrier/connection",
            {},
            None,
            body=body,
            body_type=CarrierConnectionCreate,
        )

    def delete_all(self, body: DeleteCarrierConnectionRequestCreate, /) -> None:
        """`DELETE /v2/shipping/carrier/connection` (deleteCarrierConnection)."""
        return self._nothing(
            "DELETE",
            "shipping/carrier/connection",
            {},
            None,
            body=body,
            body_type=DeleteCarrierConnectionRequestCreate,
        )

    def update(self, body: CarrierConnectionUpdate, /) -> None:
        """`PUT /v2/shipping/carrier/connection` (updateCarrierConnection)."""
        return self._nothing(
            "PUT",
            "shipping/carrier/connection",
            {},
            None,
            body=body,
            body_type=CarrierConnectionUpdate,
        )
