# Generated from spec/imported/v3/tax.yaml by codegen (`make generate`); do not edit.
"""The `V3TaxProvidersConnection` resource (v3)."""

from __future__ import annotations

from typing import ClassVar

from .._operation import NodeResource
from .._query import segment
from .._request import Operation
from ..models.response_connection_data import ResponseConnectionData
from ..models.update_tax_provider_connection_request import UpdateTaxProviderConnectionRequestUpdate


class V3TaxProvidersConnection(NodeResource):
    """`api.tax.providers.connection` (v3): delete_all, get, update."""

    _op_delete_all: ClassVar[Operation[ResponseConnectionData]] = Operation(
        method="DELETE",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ResponseConnectionData,
        envelope=True,
        operation_id="deleteTaxProviderConnection",
    )

    def delete_all(self, provider_id: str, /) -> ResponseConnectionData:
        """`DELETE /v3/tax/providers/{provider_id}/connection` (deleteTaxProviderConnection)."""
        return self._call(self._op_delete_all, f"tax/providers/{segment(provider_id)}/connection")

    _op_get: ClassVar[Operation[ResponseConnectionData]] = Operation(
        method="GET",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ResponseConnectionData,
        envelope=True,
        operation_id="getTaxProviderConnection",
    )

    def get(self, provider_id: str, /) -> ResponseConnectionData:
        """`GET /v3/tax/providers/{provider_id}/connection` (getTaxProviderConnection)."""
        return self._call(self._op_get, f"tax/providers/{segment(provider_id)}/connection")

    _op_update: ClassVar[Operation[ResponseConnectionData]] = Operation(
        method="PUT",
        path="tax/providers/{provider_id}/connection",
        version="v3",
        result="one",
        model=ResponseConnectionData,
        body_type=UpdateTaxProviderConnectionRequestUpdate,
        envelope=True,
        operation_id="updateTaxProviderConnection",
    )

    def update(
        self, provider_id: str, body: UpdateTaxProviderConnectionRequestUpdate, /
    ) -> ResponseConnectionData:
        """`PUT /v3/tax/providers/{provider_id}/connection` (updateTaxProviderConnection)."""
        return self._call(
            self._op_update, f"tax/providers/{segment(provider_id)}/connection", body=body
        )
