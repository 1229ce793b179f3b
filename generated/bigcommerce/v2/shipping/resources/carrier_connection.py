# Generated from spec/imported/v2/shipping.yaml by codegen (`make generate`); do not edit.
"""The `V2ShippingCarrierConnection` resource (v2)."""

from __future__ import annotations

from typing import ClassVar

from ...._operation import NodeResource
from ...._request import ExtraBody, ExtraHeaders, ExtraQuery, Operation
from ..models.carrier_connection_create import CarrierConnectionCreate, CarrierConnectionUpdate
from ..models.carrier_connection_delete_all import CarrierConnectionDeleteAll


class V2ShippingCarrierConnection(NodeResource):
    """`api.v2.shipping.carrier.connection` (v2): create, delete_all, update."""

    _op_create: ClassVar[Operation[None]] = Operation(
        method="POST",
        path="shipping/carrier/connection",
        version="v2",
        result="nothing",
        body_type=CarrierConnectionCreate,
        operation_id="createCarrierConnection",
    )

    def create(
        self,
        body: CarrierConnectionCreate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`POST /v2/shipping/carrier/connection` (createCarrierConnection).

        Returns None (the answer has no body).

        Args:
            body: `CarrierConnectionCreate`, the request body.
        """
        return self._call(
            self._op_create,
            "shipping/carrier/connection",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_delete_all: ClassVar[Operation[None]] = Operation(
        method="DELETE",
        path="shipping/carrier/connection",
        version="v2",
        result="nothing",
        body_type=CarrierConnectionDeleteAll,
        operation_id="deleteCarrierConnection",
    )

    def delete_all(
        self,
        body: CarrierConnectionDeleteAll,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`DELETE /v2/shipping/carrier/connection` (deleteCarrierConnection).

        Returns None (the answer has no body).

        Args:
            body: `CarrierConnectionDeleteAll`, the request body.
        """
        return self._call(
            self._op_delete_all,
            "shipping/carrier/connection",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    _op_update: ClassVar[Operation[None]] = Operation(
        method="PUT",
        path="shipping/carrier/connection",
        version="v2",
        result="nothing",
        body_type=CarrierConnectionUpdate,
        operation_id="updateCarrierConnection",
    )

    def update(
        self,
        body: CarrierConnectionUpdate,
        /,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> None:
        """`PUT /v2/shipping/carrier/connection` (updateCarrierConnection).

        Returns None (the answer has no body).

        Args:
            body: `CarrierConnectionUpdate`, the request body.
        """
        return self._call(
            self._op_update,
            "shipping/carrier/connection",
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )
